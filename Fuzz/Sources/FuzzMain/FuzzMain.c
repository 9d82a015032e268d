#include "FuzzMain.h"

#include <stddef.h>
#include <stdint.h>

// Defined by the harness linked into the executable.
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
// libFuzzer's driver (compiler-rt), linked by -sanitize=fuzzer.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

static int run(int argc, char **argv) { return LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput); }

int fuzz_model_main(int argc, char **argv) { return run(argc, argv); }
int fuzz_scenario_main(int argc, char **argv) { return run(argc, argv); }
int fuzz_csv_main(int argc, char **argv) { return run(argc, argv); }
int fuzz_mactor_main(int argc, char **argv) { return run(argc, argv); }
int fuzz_dot_main(int argc, char **argv) { return run(argc, argv); }
