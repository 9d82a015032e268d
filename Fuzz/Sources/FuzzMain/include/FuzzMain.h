// Entry points of the libFuzzer harnesses. SwiftPM links an executable target with its `main`
// renamed to `<module>_main` (for testable executables), and a harness has no `main` of its own:
// libFuzzer's driver is the program. So each `<module>_main` here hands over to libFuzzer through
// `LLVMFuzzerRunDriver`, with the harness's `LLVMFuzzerTestOneInput` as the callback.
#ifndef POWERMAP_FUZZ_MAIN_H
#define POWERMAP_FUZZ_MAIN_H

int fuzz_model_main(int argc, char **argv);
int fuzz_scenario_main(int argc, char **argv);
int fuzz_csv_main(int argc, char **argv);
int fuzz_mactor_main(int argc, char **argv);
int fuzz_dot_main(int argc, char **argv);

#endif
