/** The page's only style sheet, inline: the view works offline and loads nothing. */
export const pageStyle = `
:root { --task: #eef4ff; --task-line: #7b9fe0; --citation: #ffe2b3; --deadline: #ffc9c9; --unit: #c9f0d2;
  --correction: #e6d4ff; font-family: system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: #1d2330; }
body { margin: 0; display: grid; grid-template-columns: minmax(14rem, 22rem) 1fr; min-height: 100vh; }
nav { position: sticky; top: 0; height: 100vh; overflow: auto; padding: 1rem; box-sizing: border-box;
  background: #f6f7f9; border-right: 1px solid #dde1e8; font-size: .85rem; }
nav ul { list-style: none; padding-left: .9rem; margin: .2rem 0; } nav > ul { padding-left: 0; }
nav a { color: inherit; text-decoration: none; } nav a:hover { text-decoration: underline; }
.sec-id { font-weight: 600; color: #3a5ba0; } .role { font-size: .7rem; color: #6b7385; }
main { padding: 1rem 2rem 8rem; max-width: 62rem; }
.file { margin: 0; color: #6b7385; font-size: .85rem; }
h1 { font-size: 1.4rem; margin: .2rem 0 .6rem; } h2 { font-size: 1.1rem; margin-top: 2rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .8rem; font-size: .9rem; }
dl.meta dt { color: #6b7385; } dl.meta dd { margin: 0; }
.legend { display: flex; flex-wrap: wrap; gap: .5rem; margin: 1rem 0; font-size: .85rem; }
.legend label { padding: .15rem .5rem; border-radius: .3rem; cursor: pointer; }
.text { white-space: pre-wrap; line-height: 1.6; font-size: .95rem; border: 1px solid #dde1e8;
  border-radius: .4rem; padding: 1rem; background: #fff; }
.hl { border-radius: .2rem; box-decoration-break: clone; -webkit-box-decoration-break: clone; cursor: help; }
.hl:focus { outline: 2px solid #1d4ed8; }
.hl-task { background: var(--task); box-shadow: -3px 0 0 var(--task-line); }
.hl-citation { background: var(--citation); } .hl-deadline { background: var(--deadline); }
.hl-unit { background: var(--unit); } .hl-correction { background: var(--correction);
  text-decoration: underline dotted #7a4fd0; }
.hl-correction:empty::after { content: "‸"; color: #7a4fd0; font-weight: 700; }
body.off-task .hl-task, body.off-citation .hl-citation, body.off-deadline .hl-deadline,
body.off-unit .hl-unit, body.off-correction .hl-correction { background: none; box-shadow: none; }
.hl.active { outline: 2px solid #1d4ed8; }
table.tasks { border-collapse: collapse; width: 100%; font-size: .85rem; }
table.tasks th, table.tasks td { border: 1px solid #dde1e8; padding: .3rem .45rem; vertical-align: top; text-align: left; }
table.tasks th { background: #f6f7f9; } table.tasks td.id { white-space: nowrap; }
.timeline .axis { position: relative; height: 1.3rem; margin-left: 40%; border-bottom: 1px solid #b9c0cc; }
.timeline .mark { position: absolute; font-size: .65rem; color: #6b7385; transform: translateX(-50%); }
.timeline ol { list-style: none; padding: 0; margin: .3rem 0; }
.timeline li { display: grid; grid-template-columns: 40% 1fr; align-items: center; font-size: .8rem; min-height: 1.4rem; }
.timeline .what { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; padding-right: .5rem; color: inherit; }
.timeline .track { position: relative; height: .8rem; background: #f1f3f6; }
.timeline .bar { position: absolute; top: 0; bottom: 0; min-width: 3px; background: #e05a5a; border-radius: 2px; }
.timeline .bar-period, .timeline .bar-range, .timeline .bar-continuous { background: #f0a0a0; }
.recurring { font-size: .85rem; } .every { color: #6b7385; }
.none { color: #6b7385; font-style: italic; }
#inspector { position: fixed; right: 1rem; bottom: 1rem; width: min(26rem, 40vw); max-height: 45vh; overflow: auto;
  background: #1d2330; color: #f1f3f6; border-radius: .5rem; padding: .6rem .8rem; font: .78rem/1.4 ui-monospace, monospace;
  white-space: pre-wrap; box-shadow: 0 4px 18px rgba(0,0,0,.25); }
#inspector:empty { display: none; }
ul.warnings { font-size: .85rem; color: #8a4b00; }
`;
