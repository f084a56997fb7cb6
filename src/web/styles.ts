/** The dashboard's one stylesheet: mobile first, large type, high contrast. */
export const STYLES = `
:root{--ink:#1b2430;--muted:#5b6675;--line:#dde3ea;--bg:#f4f6f9;--card:#fff;--brand:#0b6e4f;--brand-soft:#e3f2ec;--warn:#a15c00;--warn-soft:#fff3de;--bad:#b3261e;--ok:#1e7a3c;--ok-soft:#e6f4ea}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:17px/1.5 "Noto Sans","Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--bg)}
a{color:var(--brand)}
h1{font-size:1.45rem;line-height:1.25;margin:0 0 .5rem}
h2{font-size:1.15rem;margin:0 0 .6rem}
h3{font-size:1rem;margin:0 0 .4rem}
p{margin:.3rem 0 .7rem}
small,.muted{color:var(--muted)}
.top{background:var(--card);border-bottom:1px solid var(--line);position:sticky;top:0;z-index:5}
.top-row{max-width:1080px;margin:0 auto;display:flex;align-items:center;justify-content:space-between;gap:.75rem;padding:.6rem 1rem}
.brand{display:flex;align-items:center;gap:.55rem;text-decoration:none;color:var(--ink);font-weight:700;line-height:1.1}
.brand small{display:block;font-weight:400;font-size:.78rem}
.logo{display:inline-grid;place-items:center;width:2.1rem;height:2.1rem;border-radius:.6rem;background:var(--brand);color:#fff;font-size:.85rem}
.who{display:flex;align-items:center;gap:.6rem;font-size:.9rem;min-width:0}
.who-name{overflow:hidden;text-overflow:ellipsis;white-space:nowrap;max-width:11rem}
.who form{margin:0}
.link-button{background:none;border:1px solid var(--line);border-radius:.5rem;padding:.35rem .6rem;font:inherit;color:var(--ink);cursor:pointer;white-space:nowrap}
.nav{max-width:1080px;margin:0 auto;display:flex;gap:.35rem;overflow-x:auto;padding:0 1rem .55rem;scrollbar-width:none}
.nav::-webkit-scrollbar{display:none}
.nav a{flex:none;text-decoration:none;color:var(--ink);padding:.4rem .8rem;border-radius:999px;border:1px solid var(--line);background:var(--card);font-size:.92rem;white-space:nowrap}
.nav a.active{background:var(--brand);border-color:var(--brand);color:#fff}
.main{max-width:1080px;margin:0 auto;padding:1rem}
.foot{max-width:1080px;margin:0 auto;padding:1rem;color:var(--muted);font-size:.8rem}
.card{background:var(--card);border:1px solid var(--line);border-radius:.9rem;padding:1rem;margin:0 0 1rem}
.card.narrow{max-width:34rem;margin:2rem auto}
.page-head{display:flex;flex-wrap:wrap;align-items:flex-end;justify-content:space-between;gap:.5rem 1rem;margin-bottom:1rem}
.page-head h1{margin:0}
.grid{display:grid;gap:1rem;grid-template-columns:repeat(auto-fill,minmax(17rem,1fr));margin-bottom:1rem}
.grid .card{margin:0}
.two{display:grid;gap:1rem;grid-template-columns:1fr}
@media(min-width:860px){.two{grid-template-columns:1fr 1fr}}
.kpi .value{font-size:2rem;font-weight:700;line-height:1.1}
.kpi .label{font-weight:600;margin-bottom:.2rem}
.kpi .meta{font-size:.9rem;color:var(--muted);margin:.2rem 0 .4rem}
.badge{display:inline-block;border-radius:999px;padding:.1rem .55rem;font-size:.8rem;font-weight:600;white-space:nowrap}
.badge.ok{background:var(--ok-soft);color:var(--ok)}
.badge.warn{background:var(--warn-soft);color:var(--warn)}
.badge.bad{background:#fde7e5;color:var(--bad)}
.badge.plain{background:var(--bg);color:var(--muted)}
.chart{width:100%;height:auto;display:block}
.chart text{font-family:inherit}
.bar{display:block;width:100%;height:.7rem;margin-top:.3rem}
.legend{display:flex;flex-wrap:wrap;gap:.3rem 1rem;font-size:.85rem;color:var(--muted);margin:.3rem 0 0}
.dot{display:inline-block;width:.7rem;height:.7rem;border-radius:.2rem;margin-right:.3rem;vertical-align:-.05rem}
.dot.a{background:var(--brand)}.dot.b{background:#8fb8ff}.dot.t{background:var(--warn)}
form.inline{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin:0}
label{font-weight:600}
select{min-width:0;width:100%}
.inline select{flex:1 1 12rem;width:0;min-width:8rem}
.page-head form{flex:0 1 30rem;min-width:0}
select,input[type=text],input[type=url],input[type=number],input[type=datetime-local],textarea{font:inherit;padding:.5rem .6rem;border:1px solid #b9c3cf;border-radius:.55rem;background:#fff;color:var(--ink);max-width:100%}
textarea,input[type=url]{width:100%;display:block;margin-top:.25rem}
textarea{resize:vertical;line-height:1.45}
fieldset{border:0;padding:0;margin:0;min-width:0}
legend{font-weight:600;padding:0;margin-bottom:.2rem}
.btn{display:inline-block;font:inherit;font-weight:600;padding:.55rem 1rem;border-radius:.6rem;border:1px solid var(--brand);background:var(--brand);color:#fff;text-decoration:none;cursor:pointer;text-align:center}
.btn.secondary{background:#fff;color:var(--brand)}
.btn.big{width:100%;font-size:1.1rem;padding:.8rem 1rem}
.btn.danger{background:#fff;color:var(--bad);border-color:var(--bad)}
.btn[disabled]{opacity:.45;cursor:not-allowed}
.back{margin:0 0 .4rem;font-size:.92rem}
.flash{border-radius:.6rem;padding:.6rem .8rem;margin:0 0 1rem;font-weight:600}
.flash.ok{background:var(--ok-soft);color:var(--ok)}
.flash.bad{background:#fde7e5;color:var(--bad)}
.item-link{display:block;text-decoration:none;color:inherit}
.item-link:hover .q-text{text-decoration:underline}
.q-text{margin:.25rem 0;overflow-wrap:anywhere}
.quote{margin:.2rem 0 .6rem;padding:.6rem .8rem;border-left:4px solid var(--brand);background:var(--brand-soft);border-radius:.4rem;font-size:1.05rem;white-space:pre-wrap;overflow-wrap:anywhere}
.tutor summary{cursor:pointer;color:var(--muted);font-size:.92rem}
.tutor p{font-size:.92rem;white-space:pre-wrap;overflow-wrap:anywhere}
.answers .answer-text{white-space:pre-wrap;overflow-wrap:anywhere}
.actions form{margin:.3rem 0 .5rem}
.actions form+p{margin-top:0}
.actions .more{margin-top:1rem;padding-top:.8rem;border-top:1px solid var(--line);color:var(--muted);font-size:.92rem;font-weight:600}
.list .item-link{margin:-.4rem -.5rem;padding:.4rem .5rem;border-radius:.6rem}
.list .item-link:hover{background:var(--bg)}
form.stack{display:flex;flex-direction:column;gap:.35rem}
form.stack .btn{align-self:flex-start}
.choice{display:flex;flex-wrap:wrap;align-items:center;gap:.4rem .6rem;padding:.55rem .7rem;border:1px solid var(--line);border-radius:.6rem;margin:.45rem 0;font-weight:400;cursor:pointer}
.choice:has(input:checked){border-color:var(--brand);background:var(--brand-soft)}
.choice input[type=radio]{width:1.15rem;height:1.15rem;margin:0}
.choice select{flex:1 1 12rem;width:0;min-width:0}
.choice input[type=number]{width:5.5rem}
.count{font-size:1.2rem;margin:.2rem 0}
.previews{display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(17rem,1fr));margin-bottom:1rem}
.sim.preview{max-width:none;display:flex;flex-direction:column}
.preview .sim-log{min-height:0;max-height:none;flex:1}
.msg-buttons .inert{flex:1;font-size:.92rem;padding:.5rem .6rem;border-radius:.6rem;border:1px solid #c5d3e0;background:#f7fbff;color:#1666b0;text-align:center}
.sim.telegram .msg-buttons .inert{background:rgba(255,255,255,.75);border-color:transparent;color:#1b6fa8}
.send form{margin:.4rem 0 .9rem;max-width:32rem}
@media(min-width:700px){.btn.big.cta{width:auto;min-width:18rem}}
.schedule .row input{flex:1 1 12rem}
.figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(8.5rem,1fr));gap:.5rem;margin:.8rem 0}
.figures div{background:var(--bg);border-radius:.6rem;padding:.45rem .7rem}
.figures dt{font-size:.82rem;color:var(--muted)}
.figures dd{margin:0;font-size:1.3rem;font-weight:700}
.figures dd.meta{font-size:.82rem;font-weight:400;color:var(--muted)}
.list{list-style:none;margin:0;padding:0}
.list li{padding:.65rem 0;border-bottom:1px solid var(--line)}
.list li:last-child{border-bottom:0}
.row{display:flex;flex-wrap:wrap;gap:.3rem .6rem;align-items:center}
.grow{flex:1 1 12rem;min-width:0}
.clip{overflow-wrap:anywhere}
.note{background:var(--brand-soft);border-radius:.6rem;padding:.6rem .8rem;font-size:.92rem}
.problems{background:#fde7e5;border-radius:.6rem;padding:.6rem .8rem;font-size:.85rem;overflow-wrap:anywhere}
.problems code{white-space:pre-wrap}
.tabs{display:flex;gap:.35rem;flex-wrap:wrap;margin:.3rem 0 .8rem}
.tabs a{text-decoration:none;border:1px solid var(--line);border-radius:.55rem;padding:.35rem .7rem;color:var(--ink);background:#fff;font-size:.9rem}
.tabs a.active{border-color:var(--brand);background:var(--brand-soft);color:var(--brand);font-weight:600}
.sim{border-radius:1rem;overflow:hidden;border:1px solid var(--line);background:#fff;max-width:32rem}
.sim-bar{padding:.5rem .9rem;font-weight:600;color:#fff;background:#2a9df4;line-height:1.3}
.sim-bar small{display:block;color:#eaf4ff;font-weight:400;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.sim-log{display:flex;flex-direction:column-reverse;overflow-y:auto;max-height:62vh;min-height:14rem;background:#e6ebee;padding:.6rem}
.sim-inner{display:flex;flex-direction:column;gap:.45rem}
.msg{max-width:88%;padding:.5rem .7rem;border-radius:.9rem;white-space:pre-wrap;overflow-wrap:anywhere;font-size:.95rem;line-height:1.45;background:#fff;align-self:flex-start;box-shadow:0 1px 1px rgba(0,0,0,.06)}
.msg.me{align-self:flex-end;background:#dcf8c6}
.msg img{display:block;max-width:100%;border-radius:.5rem;margin-bottom:.3rem}
.msg .file{font-weight:600}
.msg-buttons{display:flex;flex-direction:column;gap:.3rem;align-self:flex-start;max-width:88%;width:88%}
.msg-buttons form,.sim-keys form{display:flex;margin:0}
.msg-buttons button,.msg-buttons a{flex:1;font:inherit;font-size:.92rem;padding:.5rem .6rem;border-radius:.6rem;border:1px solid #c5d3e0;background:#f7fbff;color:#1666b0;cursor:pointer;text-align:center;text-decoration:none}
.msg-buttons.numbers{flex-direction:row;flex-wrap:wrap;width:auto}
.msg-buttons.numbers button{min-width:2.8rem}
.sim-form{display:flex;gap:.4rem;padding:.55rem;border-top:1px solid var(--line);background:#fff}
.sim-form input[type=text]{flex:1;min-width:0}
.sim-keys{display:grid;grid-template-columns:1fr 1fr;gap:.3rem;padding:.45rem;background:#f0f2f5;border-top:1px solid var(--line)}
.sim-keys button{flex:1;font:inherit;font-size:.9rem;padding:.45rem;border-radius:.5rem;border:1px solid #d0d7de;background:#fff;cursor:pointer}
.sim.telegram .sim-bar{background:#2aabee}.sim.telegram .sim-log{background:#cfe3c5}.sim.telegram .msg.me{background:#effdde}
.sim.telegram .msg-buttons button{background:rgba(255,255,255,.75);border-color:transparent;color:#1b6fa8}
.sim.zalooa .sim-bar,.sim.zalobot .sim-bar{background:#0068ff}.sim.zalooa .sim-log,.sim.zalobot .sim-log{background:#e2e9f1}.sim.zalooa .msg.me,.sim.zalobot .msg.me{background:#e5efff}
.sim.console{background:#111}.sim.console .sim-bar{background:#333}.sim.console .sim-log{background:#111}
.sim.console .msg{background:none;color:#e6e6e6;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.88rem;box-shadow:none;max-width:100%;padding:.2rem .3rem}
.sim.console .msg.me{color:#7ee787;background:none}
.sim.console .msg.me::before{content:"> "}
.sim.console .msg-buttons button{background:#222;color:#e6e6e6;border-color:#444}
.sim.console .sim-form{background:#1b1b1b;border-color:#333}
.sim-layout{display:grid;gap:1rem;grid-template-columns:1fr;align-items:start}
@media(min-width:900px){.sim-layout{grid-template-columns:minmax(0,32rem) 1fr}}
.small{font-size:.88rem}
.group{border-top:1px solid var(--line)}
.group summary{display:flex;gap:.5rem;align-items:center;padding:.6rem 0;cursor:pointer;font-weight:600;list-style:none}
.group summary::-webkit-details-marker{display:none}
.group summary::before{content:"▸";color:var(--muted)}
.group[open] summary::before{content:"▾"}
.group .list li{padding:.5rem 0 .5rem 1rem}
.empty{color:var(--muted);font-style:italic}
@media(max-width:600px){.top{position:static}.nav{flex-wrap:wrap;overflow:visible}.nav a{padding:.35rem .7rem;font-size:.88rem}}
@media(max-width:480px){body{font-size:16px}.main{padding:.75rem}.card{padding:.85rem}h1{font-size:1.3rem}.kpi .value{font-size:1.7rem}}
`;
