import PowerMapGraphviz

/// The report's stylesheet, inline in the page: readable on screen, and on A4 paper clean pages:
/// each map on a page of its own whose orientation follows the map (named pages `map-portrait`
/// and `map-landscape`; the class comes from ``PrintLayout/orientation(ofSVG:)``), the map filling
/// what its heading leaves of the page box; the summary's cards together on one page, two by two;
/// tables cut only between row groups of three or more (``PrintLayout/rowGroups(count:)``), with
/// their headings repeated; no heading or note left at the foot of a page. Status colours are those of the maps, taken from ``MapPalette`` (blue,
/// amber, salmon), and each status also has its word, a mark and an outline (solid, dashed,
/// double) for greyscale print.
enum ReportStyle {
  static let css = """
    :root { --ink: #1f2328; --muted: #57606a; --rule: #d0d7de; --band: #f6f8fa; --accent: #0b5cad; }
    * { box-sizing: border-box; }
    html { font-family: "DejaVu Sans", "Helvetica Neue", Helvetica, Arial, sans-serif; color: var(--ink);
      line-height: 1.45; font-size: 16px; }
    body { margin: 0 auto; padding: 1.5rem 2rem 3rem; max-width: 78rem; }
    h1 { font-size: 1.9rem; margin: 0 0 .3rem; }
    h2 { font-size: 1.45rem; margin: 2.4rem 0 .6rem; padding-bottom: .25rem; border-bottom: 2px solid var(--rule); }
    h3 { font-size: 1.12rem; margin: 1.4rem 0 .4rem; }
    h4 { font-size: 1rem; margin: 1rem 0 .3rem; }
    a { color: var(--accent); }
    .meta, .note, footer { color: var(--muted); }
    .note { font-size: .92rem; max-width: 60rem; }
    .id { color: var(--muted); font-weight: normal; font-size: .85em; }
    nav.contents { background: var(--band); border: 1px solid var(--rule); border-radius: 6px;
      padding: .4rem 1.2rem .6rem; margin: 1rem 0; }
    nav.contents h2 { border: 0; margin: .3rem 0; font-size: 1.05rem; }
    nav.contents ol { columns: 3 14rem; margin: 0; padding-left: 1.4rem; }
    .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: .9rem; }
    .card { border: 1px solid var(--rule); border-radius: 6px; padding: .2rem 1rem .6rem; background: #fff; }
    .card h3 { margin-top: .7rem; }
    .card ol { padding-left: 1.3rem; margin: .3rem 0; }
    .counts { font-size: 1.1rem; }
    .counts .status { margin-right: .3rem; }
    .status { display: inline-block; padding: 0 .45em; border-radius: 4px; border: 1px solid #555;
      white-space: nowrap; color: #111; }
    .status.viable { background: \(MapPalette.statusFill(.viable)); border-style: solid; }
    .status.at-risk { background: \(MapPalette.statusFill(.atRisk)); border-style: dashed; }
    .status.blocked { background: \(MapPalette.statusFill(.blocked)); border: 3px double #555; font-weight: bold; }
    .counts .status.zero { background: #fff; border: 1px solid #c8c8c8; color: var(--muted); font-weight: normal; }
    .table-wrap { overflow-x: auto; margin: .5rem 0 1rem; }
    table { border-collapse: collapse; font-size: .9rem; }
    table.compact { font-size: .82rem; }
    th, td { padding: .28rem .5rem; border-bottom: 1px solid var(--rule); vertical-align: top; text-align: left; }
    thead th { background: var(--band); border-bottom: 2px solid #8c959f; }
    tbody tr.alt td { background: #fbfbfc; }
    .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    th.num { white-space: normal; }
    table.matrix td, table.matrix th { padding: .15rem .3rem; }
    table.distribution td.bar { width: 18rem; }
    table.distribution td.bar span { display: block; height: .8rem; background: \(MapPalette.supports.hex); border: 1px solid #2171b5;
      min-width: 1px; }
    figure.map { margin: .5rem 0 1.5rem; border: 1px solid var(--rule); border-radius: 6px; padding: .5rem;
      background: #fff; }
    svg.map { display: block; width: 100%; height: auto; max-height: 92vh; }
    ol.steps { margin-top: 0; }
    .plan-line { background: var(--band); padding: .4rem .7rem; border-radius: 4px; }
    article.scenario { margin-bottom: 2rem; }
    .method pre { background: var(--band); padding: .5rem .8rem; border-radius: 4px; white-space: pre-wrap;
      font-size: .86rem; font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; }
    footer { margin-top: 3rem; border-top: 1px solid var(--rule); font-size: .85rem; }

    @page { size: A4; margin: 14mm 12mm 16mm; }
    @page map-portrait { size: A4 portrait; margin: 12mm; }
    @page map-landscape { size: A4 landscape; margin: 12mm; }
    @media print {
      html { font-size: 10pt; }
      body { padding: 0; max-width: none; }
      a { color: inherit; text-decoration: none; }
      nav.contents { break-inside: avoid; }
      h1, h2, h3, h4, p.note, .plan-line, thead { break-after: avoid; }
      h2 { margin-top: 1.2rem; }
      .card, .method, .plan-line, figure.map, p.note { break-inside: avoid; }
      .cards { grid-template-columns: 1fr 1fr; break-inside: avoid; }
      section.summary { break-inside: avoid; }
      .table-wrap { overflow: visible; }
      table { width: 100%; }
      table.data th, table.data td { padding: .15rem .25rem; }
      table.compact { font-size: 7pt; }
      #table-actors { font-size: 6.5pt; }
      #table-actors .c-name { display: none; }
      #table-commitments th:first-child, #table-obstacles th:first-child { width: 20%; }
      #table-commitments th.c-obstacles { width: 24%; }
      table.changes th:first-child { width: 24%; }
      table.matrix { font-size: 6.5pt; }
      thead { display: table-header-group; }
      tbody, tr, td, th { break-inside: avoid; }
      tbody tr.alt td { background: none; }
      .map-section { break-before: page; break-after: page; break-inside: avoid; display: flex; flex-direction: column; }
      .map-section.portrait { page: map-portrait; height: 270mm; }
      .map-section.landscape { page: map-landscape; height: 183mm; }
      .map-section > h2, .map-section > h4 { margin-top: 0; }
      .map-section > *, figure.map > * { flex: none; }
      .map-section > figure.map { flex: 1 1 0; min-height: 0; display: flex; flex-direction: column;
        border: 0; padding: 0; margin: 0; }
      figure.map > svg.map { flex: 1 1 0; min-height: 0; width: 100%; height: auto; max-height: none; }
      .status, .status.viable, .status.at-risk, .status.blocked, table.distribution td.bar span {
        -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    }
    """
}
