import { deskTextVi as vi } from './desk-page-text'

/*
 * The check-in page a paired desk opens: pair with the one-time code, then scan or search, check
 * in, check out, add a guest or a substitute, undo. Plain script and styles served from the
 * listener (the CSP allows nothing inline); its words, in Vietnamese or English, are in
 * desk-page-text.ts: elements carry the key (`data-t`, `data-t-aria`) and are served in
 * Vietnamese, then the script (desk-script.ts) puts in the desk's language. A lost connection
 * shows at once and locks the page: a desk never pretends a check-in happened.
 */

export const deskPage = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${vi.title}</title>
<link rel="stylesheet" href="/desk.css">
<script src="/desk.js" defer></script>
</head>
<body>
<main>
  <div class="top">
    <h1><span data-t="heading">${vi.heading}</span> <span id="desk-name"></span></h1>
    <p class="language">
      <label for="language" data-t="language">${vi.language}</label>
      <select id="language">
        <option value="vi" lang="vi">Tiếng Việt</option>
        <option value="en" lang="en">English</option>
      </select>
    </p>
  </div>
  <p id="connection" role="status" class="offline" hidden></p>
  <form id="pair-form" hidden>
    <label for="pair-code" data-t="pairCode">${vi.pairCode}</label>
    <input id="pair-code" inputmode="numeric" autocomplete="off" maxlength="6">
    <button type="submit" data-t="pair">${vi.pair}</button>
    <p id="pair-error" role="alert"></p>
  </form>
  <section id="desk" hidden aria-label="${vi.deskRegion}" data-t-aria="deskRegion">
    <form id="scan-form">
      <label for="scan" data-t="scan">${vi.scan}</label>
      <input id="scan" autocomplete="off" autofocus>
    </form>
    <p class="camera">
      <button id="camera" type="button" disabled aria-describedby="camera-hint" data-t="camera">${vi.camera}</button>
      <span id="camera-hint" data-t="cameraHint">${vi.cameraHint}</span>
    </p>
    <div id="outcome" role="status" aria-live="assertive"></div>
    <button id="undo" type="button" hidden data-t="undo">${vi.undo}</button>
    <button id="check-out" type="button" hidden></button>
    <button id="substitute" type="button" hidden></button>
    <ul id="results" aria-label="${vi.results}" data-t-aria="results"></ul>
    <button id="guest" type="button" data-t="guest">${vi.guest}</button>
    <form id="person-form" hidden>
      <h2 id="person-title"></h2>
      <label for="person-name" data-t="personName">${vi.personName}</label>
      <input id="person-name" autocomplete="off" maxlength="200">
      <label for="person-position" data-t="personPosition">${vi.personPosition}</label>
      <input id="person-position" autocomplete="off" maxlength="300">
      <label for="person-unit" data-t="personUnit">${vi.personUnit}</label>
      <input id="person-unit" autocomplete="off" maxlength="300">
      <button type="submit" data-t="personSave">${vi.personSave}</button>
      <button id="person-cancel" type="button" data-t="personCancel">${vi.personCancel}</button>
      <p id="person-error" role="alert"></p>
    </form>
  </section>
</main>
</body>
</html>
`

export const deskStyles = `body { font-family: system-ui, sans-serif; margin: 0; background: #f4f4f4; }
main { max-width: 760px; margin: 0 auto; padding: 16px; }
h1 { font-size: 22px; }
label { display: block; margin: 8px 0 4px; }
input { font-size: 22px; padding: 8px; width: 100%; box-sizing: border-box; }
button { font-size: 18px; padding: 8px 14px; margin-top: 8px; }
#connection { padding: 12px; font-weight: 700; font-size: 20px; }
#connection.offline { background: #b71c1c; color: #fff; }
#outcome { margin: 16px 0; padding: 16px; font-size: 28px; border-radius: 8px; min-height: 40px; }
#outcome.green { background: #1b5e20; color: #fff; }
#outcome.amber { background: #ffb300; color: #000; }
#outcome.red { background: #b71c1c; color: #fff; }
#outcome small { display: block; font-size: 18px; }
#results { list-style: none; padding: 0; }
#results li { background: #fff; margin: 4px 0; padding: 8px; display: flex; justify-content: space-between; align-items: center; gap: 8px; }
#results li span { flex: 1; }
#person-form { background: #fff; padding: 12px; margin-top: 12px; border-radius: 8px; }
#person-form h2 { font-size: 20px; margin: 0 0 8px; }
#person-error { color: #b71c1c; }
.top { display: flex; justify-content: space-between; align-items: center; gap: 12px; flex-wrap: wrap; }
.language { display: flex; align-items: center; gap: 8px; margin: 0; }
.language label { display: inline; margin: 0; }
.language select { font-size: 16px; padding: 4px; }
.camera { display: flex; align-items: center; gap: 12px; color: #555; font-size: 15px; }
.camera button { margin-top: 0; flex: none; }
`
