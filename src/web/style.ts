import { raw } from './html.js';

// Inline and small: one request per page, no asset pipeline. Mobile first; tables scroll sideways.
export const styles = raw(`
:root{--fg:#1f2328;--muted:#57606a;--line:#d0d7de;--accent:#b42318;--link:#0b57d0;--bg:#fff;--soft:#f6f8fa}
*{box-sizing:border-box}
body{margin:0;font:16px/1.6 system-ui,-apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:var(--fg);background:var(--bg)}
a{color:var(--link)}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
header.site{background:var(--accent);color:#fff;padding:.75rem 1rem;display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:baseline}
header.site a{color:#fff}header.site .brand{font-weight:700;font-size:1.2rem;text-decoration:none}
header.site .lang{margin-left:auto}
main{max-width:72rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;margin:.5rem 0 1rem}
.muted{color:var(--muted)}
.cards{display:grid;gap:1rem;grid-template-columns:repeat(auto-fill,minmax(18rem,1fr));padding:0;list-style:none}
.card{border:1px solid var(--line);border-radius:6px;padding:1rem}
.card h2{font-size:1.15rem;margin:0 0 .5rem}
dl.meta{display:grid;grid-template-columns:auto 1fr;gap:.25rem .75rem;margin:.5rem 0}
dl.meta dt{color:var(--muted)}dl.meta dd{margin:0}
form.filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:flex-end;background:var(--soft);padding:.75rem;border-radius:6px}
form.filters label{display:flex;flex-direction:column;font-size:.9rem;color:var(--muted)}
form.filters input,form.filters select,form.filters button{font:inherit;padding:.35rem .5rem;min-height:2.25rem}
form.filters input[type=search]{min-width:16rem}
.table-wrap{overflow-x:auto;margin:1rem 0}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid var(--line);padding:.4rem .6rem;text-align:left;vertical-align:top}
th{background:var(--soft);white-space:nowrap}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.badge{display:inline-block;padding:0 .4rem;border-radius:4px;font-size:.85rem;white-space:nowrap}
.badge.current{background:#dafbe1;color:#116329}
.badge.corrected{background:#fff1c2;color:#7d4e00;font-weight:700}
.badge.withdrawn{background:#ffebe9;color:#a40e26;font-weight:700}
.notice{border-left:.4rem solid;padding:.75rem 1rem;margin:1rem 0;font-size:1.05rem}
.notice.corrected{border-color:#d4a72c;background:#fff8c5}
.notice.withdrawn{border-color:#cf222e;background:#ffebe9}
.notice strong{font-size:1.2rem;margin-right:.5rem}
nav.pages{display:flex;gap:1rem;align-items:center;flex-wrap:wrap}
.downloads a{margin-right:.75rem}
table.fields th{width:35%;white-space:normal;font-weight:600}
@media (max-width:40rem){form.filters input[type=search]{min-width:0;width:100%}form.filters label{width:100%}}
`);
