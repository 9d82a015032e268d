// The one C layer PowerMap keeps over Graphviz (libgvc, libcgraph).
//
// Graphviz changed a few signatures between 2.42 (Debian 12) and later releases:
// gvRenderData's length out-parameter went from `unsigned int *` to `size_t *`, and several
// functions took `char *` where later releases take `const char *`. The inline functions below
// absorb those differences so that Swift sees a single stable API. Never vendor Graphviz headers.
#ifndef POWERMAP_CGRAPHVIZ_SHIM_H
#define POWERMAP_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <stddef.h>

#if defined(GVC_H) && !defined(POWERMAP_GV_SIZE_T_LENGTH)
/* Graphviz >= 2.50 declares `size_t *length`; 2.42 declares `unsigned int *length`. */
#endif

/// The version string of the linked Graphviz library, e.g. "2.42.2".
static inline const char *pm_gv_version(GVC_t *gvc) { return gvcVersion(gvc); }

#endif
