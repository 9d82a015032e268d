// The one C layer PowerMap keeps over Graphviz (libgvc, libcgraph).
//
// Graphviz changed a few signatures between 2.42 (Debian 12) and later releases:
//   - gvRenderData's length out-parameter went from `unsigned int *` to `size_t *`;
//   - gvPluginList lost its unused fourth `char *` parameter;
//   - the message callback of agseterrf went from `int (*)(char *)` to `int (*)(const char *)`;
//   - several functions took `char *` where later releases take `const char *`.
// The inline functions below absorb those differences so that Swift sees one stable API. They
// detect the installed signatures with C11 `_Generic` on the function's own type, never with
// version numbers, and never by vendoring Graphviz headers.
//
// Every function here only forwards: the shim keeps no state (a `static` variable in a header
// would be duplicated in every translation unit that includes it). Callers serialise all calls
// into Graphviz (see PowerMapGraphviz's GraphvizLock): Graphviz is not thread-safe.
#ifndef POWERMAP_CGRAPHVIZ_SHIM_H
#define POWERMAP_CGRAPHVIZ_SHIM_H

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <stddef.h>
#include <stdlib.h>

/// The version string of the linked Graphviz library, e.g. "2.42.2".
static inline const char *pm_gv_version(GVC_t *gvc) { return gvcVersion(gvc); }

// ---------------------------------------------------------------------------------------------
// gvRenderData: `unsigned int *length` (<= 2.x) or `size_t *length` (later).

typedef int (*pm_render_data_uint_f)(GVC_t *, graph_t *, const char *, char **, unsigned int *);
typedef int (*pm_render_data_size_f)(GVC_t *, graph_t *, const char *, char **, size_t *);

/// Renders the laid-out graph `g` in `format` into a buffer that the caller frees with
/// `pm_free_render_data`. Returns 0 on success; `*length` is the number of bytes.
static inline int pm_render_data(GVC_t *gvc, graph_t *g, const char *format, char **result, size_t *length) {
  *result = NULL;
  *length = 0;
  if (_Generic(&gvRenderData, pm_render_data_uint_f: 1, default: 0)) {
    unsigned int narrow = 0;
    int status = ((pm_render_data_uint_f)(void *)&gvRenderData)(gvc, g, format, result, &narrow);
    *length = (size_t)narrow;
    return status;
  }
  return ((pm_render_data_size_f)(void *)&gvRenderData)(gvc, g, format, result, length);
}

/// Frees a buffer returned by `pm_render_data` (Graphviz's own allocator: never `free` it).
static inline void pm_free_render_data(char *data) { gvFreeRenderData(data); }

// ---------------------------------------------------------------------------------------------
// gvPluginList: four parameters (<= 2.x) or three (later).

typedef char **(*pm_plugin_list4_f)(GVC_t *, const char *, int *, char *);
typedef char **(*pm_plugin_list3_f)(GVC_t *, const char *, int *);

/// The names of the plugins of one kind ("layout", "render", "device", "textlayout", "loadimage"),
/// e.g. "dot", "png:cairo". `*count` receives their number; free the list with
/// `pm_free_plugin_list`. NULL when there is none.
static inline char **pm_plugin_list(GVC_t *gvc, const char *kind, int *count) {
  *count = 0;
  if (_Generic(&gvPluginList, pm_plugin_list4_f: 1, default: 0)) {
    return ((pm_plugin_list4_f)(void *)&gvPluginList)(gvc, kind, count, NULL);
  }
  return ((pm_plugin_list3_f)(void *)&gvPluginList)(gvc, kind, count);
}

/// Frees a list returned by `pm_plugin_list` (each name, then the list, as gvc.h says).
static inline void pm_free_plugin_list(char **list, int count) {
  if (list == NULL) return;
  for (int i = 0; i < count; i++) free(list[i]);
  free(list);
}

// ---------------------------------------------------------------------------------------------
// Messages: agseterrf's callback takes `char *` (<= 2.x) or `const char *` (later). Both are the
// same pointer at the ABI level; the cast only changes the declared constness.

/// A receiver of Graphviz's messages. They arrive in fragments: "Error", ": ", then the text.
typedef int (*pm_message_handler)(const char *fragment);

/// Installs `handler` as the receiver of every Graphviz message (instead of stderr); returns the
/// previous one. NULL restores printing to stderr.
static inline pm_message_handler pm_set_message_handler(pm_message_handler handler) {
  return (pm_message_handler)(void *)agseterrf((agusererrf)(void *)handler);
}

/// Clears Graphviz's error count before a call (agreseterrors).
static inline void pm_reset_errors(void) { agreseterrors(); }

/// The number of errors (not warnings) Graphviz has reported since the last reset.
static inline int pm_error_count(void) { return agerrors(); }

// ---------------------------------------------------------------------------------------------
// Graphs: reading DOT, layout, and reading a layout back.

/// Parses the DOT text `text` (NUL-terminated UTF-8); NULL on a syntax error or empty input.
/// Resets the lexer's line count first (agsetfile), which agmemread does not do, so that the line
/// numbers in syntax errors count from the start of `text`.
static inline Agraph_t *pm_read_graph(const char *text) {
  agsetfile(NULL);
  return agmemread(text);
}

/// Empties the DOT lexer after a successful read. agmemread stops at the end of the first graph and
/// leaves the rest of the text in the lexer's buffer, where the next read would find it first (a
/// trailing newline shifts the next syntax error's line number; a second graph would be read as
/// the start of the next text). Reading empty text consumes what is left: any further graphs are
/// closed, and the final failed read flushes the buffer.
static inline void pm_drain_lexer(void) {
  for (int i = 0; i < 64; i++) {
    Agraph_t *rest = agmemread("");
    if (rest == NULL) break;
    agclose(rest);
  }
}

/// Closes a graph from `pm_read_graph`.
static inline void pm_close_graph(Agraph_t *g) { agclose(g); }

/// Lays `g` out with the engine named `engine` ("dot", "neato", "sfdp", "nop2", …); 0 on success.
static inline int pm_layout(GVC_t *gvc, Agraph_t *g, const char *engine) { return gvLayout(gvc, g, engine); }

/// Frees the layout of `g` (before closing it or laying it out again).
static inline void pm_free_layout(GVC_t *gvc, Agraph_t *g) { gvFreeLayout(gvc, g); }

/// Writes the layout of `g` into its string attributes (`pos`, `bb`, `lp`, `width`, …).
static inline void pm_attach_attributes(Agraph_t *g) { attach_attrs(g); }

/// The value of the attribute `name` of a graph, node or edge; NULL when the attribute is not
/// declared, "" when it is declared but unset on this object.
static inline const char *pm_get(void *object, const char *name) { return agget(object, (char *)name); }

/// Sets the attribute `name` of the root graph `g` to `value` (declaring it when needed); 0 on
/// success.
static inline int pm_set_graph_attribute(Agraph_t *g, const char *name, const char *value) {
  return agsafeset((void *)g, (char *)name, (char *)value, "");
}

/// The name of a graph, subgraph or node.
static inline const char *pm_name(void *object) { return agnameof(object); }

/// The first node of `g`, or NULL.
static inline Agnode_t *pm_first_node(Agraph_t *g) { return agfstnode(g); }
/// The node after `n` in `g`, or NULL.
static inline Agnode_t *pm_next_node(Agraph_t *g, Agnode_t *n) { return agnxtnode(g, n); }
/// The first out-edge of `n` in `g`, or NULL.
static inline Agedge_t *pm_first_out_edge(Agraph_t *g, Agnode_t *n) { return agfstout(g, n); }
/// The out-edge after `e` in `g`, or NULL.
static inline Agedge_t *pm_next_out_edge(Agraph_t *g, Agedge_t *e) { return agnxtout(g, e); }
/// The first subgraph of `g`, or NULL.
static inline Agraph_t *pm_first_subgraph(Agraph_t *g) { return agfstsubg(g); }
/// The subgraph after `s`, or NULL.
static inline Agraph_t *pm_next_subgraph(Agraph_t *s) { return agnxtsubg(s); }

#endif
