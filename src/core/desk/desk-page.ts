/*
 * The check-in page a paired desk opens: pair with the one-time code, then scan or search, check
 * in, check out, add a guest or a substitute, undo. Plain script and styles served from the listener (the CSP allows nothing inline). A
 * lost connection shows at once and locks the page: a desk never pretends a check-in happened.
 */

export const deskPage = `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dais — Bàn điểm danh</title>
<link rel="stylesheet" href="/desk.css">
<script src="/desk.js" defer></script>
</head>
<body>
<main>
  <h1>Bàn điểm danh <span id="desk-name"></span></h1>
  <p id="connection" role="status" class="offline" hidden></p>
  <form id="pair-form" hidden>
    <label for="pair-code">Mã ghép nối (6 chữ số, hiện trên máy chính)</label>
    <input id="pair-code" inputmode="numeric" autocomplete="off" maxlength="6">
    <button type="submit">Ghép nối</button>
    <p id="pair-error" role="alert"></p>
  </form>
  <section id="desk" hidden aria-label="Điểm danh">
    <form id="scan-form">
      <label for="scan">Quét thẻ hoặc gõ tên (không cần dấu), rồi Enter</label>
      <input id="scan" autocomplete="off" autofocus>
    </form>
    <div id="outcome" role="status" aria-live="assertive"></div>
    <button id="undo" type="button" hidden>Hoàn tác</button>
    <button id="check-out" type="button" hidden></button>
    <button id="substitute" type="button" hidden></button>
    <ul id="results" aria-label="Kết quả tìm"></ul>
    <button id="guest" type="button">Thêm khách mời (người không có trong danh sách)</button>
    <form id="person-form" hidden>
      <h2 id="person-title"></h2>
      <label for="person-name">Họ và tên</label>
      <input id="person-name" autocomplete="off" maxlength="200">
      <label for="person-position">Chức vụ (nếu có)</label>
      <input id="person-position" autocomplete="off" maxlength="300">
      <label for="person-unit">Đơn vị (nếu có)</label>
      <input id="person-unit" autocomplete="off" maxlength="300">
      <button type="submit">Thêm và điểm danh</button>
      <button id="person-cancel" type="button">Hủy</button>
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
`

export const deskScript = `'use strict'
;(function () {
  var tokenKey = 'dais-desk-token'
  var token = sessionStorage.getItem(tokenKey)
  var online = true
  var lastEntry = null
  /** The delegate on screen, whom the check-out and substitute buttons act on. */
  var current = null
  /** The person form's purpose: { kind: 'guest' } or { kind: 'substitute', delegate }. */
  var adding = null
  var $ = function (id) { return document.getElementById(id) }

  function setOnline(ok) {
    online = ok
    var c = $('connection')
    c.hidden = ok
    c.textContent = ok ? '' : 'MẤT KẾT NỐI với máy chính — bàn này không điểm danh được. Đang thử lại…'
    if (!ok) { clearOutcome(); closePerson() }
    Array.prototype.forEach.call(document.querySelectorAll('#desk button, #desk input'), function (b) { b.disabled = !ok })
  }

  function call(path, body, method) {
    var controller = new AbortController()
    var timer = setTimeout(function () { controller.abort() }, 4000)
    var headers = { 'Content-Type': 'application/json' }
    if (token) headers.Authorization = 'Bearer ' + token
    return fetch(path, {
      method: method || 'POST',
      headers: headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: controller.signal,
      cache: 'no-store'
    }).then(function (res) {
      clearTimeout(timer)
      setOnline(true)
      if (res.status === 401) { unpaired('Bàn này chưa ghép nối hoặc đã bị thu hồi.'); throw new Error('unpaired') }
      return res.json()
    }, function (error) {
      clearTimeout(timer)
      setOnline(false)
      throw error
    })
  }

  /** Nothing stale stays on screen once the desk cannot vouch for it. */
  function clearOutcome() {
    $('outcome').className = ''
    $('outcome').textContent = ''
    $('results').textContent = ''
    lastEntry = null
    $('undo').hidden = true
    current = null
    showActions()
  }

  /** Check-out for a delegate in the hall; a substitute for a summoned delegate not in it. */
  function showActions() {
    var d = current
    var out = $('check-out')
    out.hidden = !(d && d.status === 'in')
    out.textContent = d ? 'Ra về: ' + d.fullName : ''
    var sub = $('substitute')
    sub.hidden = !(d && canBeReplaced(d))
    sub.textContent = d ? 'Người đi thay cho ' + d.fullName + '…' : ''
  }

  function canBeReplaced(d) {
    return d.counted && d.status !== 'in' && !d.replacedBy && !d.replaces
  }

  function openPerson(kind, d) {
    adding = { kind: kind, delegate: d || null }
    $('person-title').textContent = kind === 'guest' ? 'Khách mời mới' : 'Người đi thay cho ' + d.fullName + (d.unit ? ' (' + d.unit + ')' : '')
    $('person-name').value = ''
    $('person-position').value = ''
    $('person-unit').value = ''
    $('person-error').textContent = ''
    $('person-form').hidden = false
    $('person-name').focus()
  }

  function closePerson() {
    adding = null
    $('person-form').hidden = true
  }

  function personFields() {
    var person = { fullName: $('person-name').value.trim() }
    var position = $('person-position').value.trim()
    var unit = $('person-unit').value.trim()
    if (position) person.position = position
    if (unit) person.unit = unit
    return person
  }

  function addPerson() {
    if (!adding || !online) return
    var person = personFields()
    if (!person.fullName) { $('person-error').textContent = 'Nhập họ và tên.'; $('person-name').focus(); return }
    var request = adding.kind === 'guest'
      ? call('/desk/api/addGuest', { guest: person })
      : call('/desk/api/addSubstitute', { replacedId: adding.delegate.delegateId, substitute: person })
    request.then(function (reply) {
      if (!reply.ok) { $('person-error').textContent = reply.error.message; return }
      closePerson()
      show(reply.value)
      $('results').textContent = ''
      $('scan').value = ''
      $('scan').focus()
    }, function () {})
  }

  function unpaired(message) {
    clearOutcome()
    token = null
    sessionStorage.removeItem(tokenKey)
    $('desk').hidden = true
    $('pair-form').hidden = false
    $('pair-error').textContent = message || ''
    $('desk-name').textContent = ''
  }

  function paired(name) {
    clearOutcome()
    $('desk-name').textContent = '— ' + name
    $('pair-form').hidden = true
    $('desk').hidden = false
    $('scan').focus()
  }

  function show(outcome) {
    var el = $('outcome')
    var d = outcome.delegate
    var text = ''
    var colour = 'red'
    if (outcome.result === 'checkedIn') { colour = 'green'; text = 'Có mặt' }
    else if (outcome.result === 'already') { colour = 'amber'; text = 'Đã điểm danh lúc ' + (d && d.since ? new Date(d.since).toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit' }) : '') }
    else if (outcome.result === 'undone') { colour = 'amber'; text = 'Đã hoàn tác' }
    else if (outcome.result === 'checkedOut') { colour = 'amber'; text = 'Đã ra về' }
    else if (outcome.result === 'refused') { text = 'Không hợp lệ: ' + ({ malformed: 'mã sai dạng', forged: 'mã giả', revoked: 'thẻ đã bị thu hồi', unknown: 'không có trong danh sách', otherEvent: 'thẻ của sự kiện khác' }[outcome.refusal && outcome.refusal.reason] || '') }
    else text = outcome.result
    el.className = colour
    el.textContent = ''
    var strong = document.createElement('strong')
    strong.textContent = (d ? d.fullName + ' — ' : '') + text
    el.appendChild(strong)
    if (d) {
      var small = document.createElement('small')
      small.textContent = [d.unit, d.seat, d.category].filter(Boolean).join(' · ')
      el.appendChild(small)
      if (d.replaces) {
        var instead = document.createElement('small')
        instead.textContent = 'Đi thay cho ' + d.replaces.fullName
        el.appendChild(instead)
      }
    }
    var f = outcome.figures
    if (f) {
      var fig = document.createElement('small')
      fig.textContent = 'Có mặt ' + f.present + '/' + f.summoned + ' đại biểu'
      el.appendChild(fig)
    }
    lastEntry = outcome.result === 'checkedIn' || outcome.result === 'checkedOut' ? outcome.entryId : null
    $('undo').hidden = !lastEntry
    $('undo').textContent = outcome.result === 'checkedOut' ? 'Hoàn tác lần ra về này' : 'Hoàn tác lần điểm danh này'
    current = d
    showActions()
  }

  function answer(reply) {
    if (!reply.ok) { var el = $('outcome'); el.className = 'red'; el.textContent = reply.error.message; return null }
    return reply.value
  }

  function checkIn(arg) {
    return call('/desk/api/checkIn', arg).then(function (reply) {
      var outcome = answer(reply)
      if (outcome) show(outcome)
      $('results').textContent = ''
      $('scan').value = ''
      $('scan').focus()
    }, function () {})
  }

  function checkOut(delegateId) {
    return call('/desk/api/checkOut', { delegateId: delegateId }).then(function (reply) {
      var outcome = answer(reply)
      if (outcome) show(outcome)
      $('results').textContent = ''
      $('scan').value = ''
      $('scan').focus()
    }, function () {})
  }

  function search(query) {
    return call('/desk/api/searchCheckIn', { query: query, limit: 10 }).then(function (reply) {
      var list = answer(reply) || []
      var ul = $('results')
      ul.textContent = ''
      list.forEach(function (d) {
        var li = document.createElement('li')
        var span = document.createElement('span')
        span.textContent = d.fullName + ' — ' + d.unit + (d.status === 'in' ? ' (đã có mặt)' : '')
        var b = document.createElement('button')
        b.type = 'button'
        if (d.status === 'in') {
          b.textContent = 'Ra về: ' + d.fullName
          b.addEventListener('click', function () { checkOut(d.delegateId) })
        } else {
          b.textContent = 'Điểm danh ' + d.fullName
          b.addEventListener('click', function () { checkIn({ delegateId: d.delegateId }) })
        }
        li.appendChild(span)
        li.appendChild(b)
        if (canBeReplaced(d)) {
          var s = document.createElement('button')
          s.type = 'button'
          s.textContent = 'Người đi thay…'
          s.setAttribute('aria-label', 'Người đi thay cho ' + d.fullName)
          s.addEventListener('click', function () { openPerson('substitute', d) })
          li.appendChild(s)
        }
        ul.appendChild(li)
      })
      if (list.length === 1) ul.querySelector('button').focus()
    }, function () {})
  }

  document.addEventListener('DOMContentLoaded', function () {
    $('pair-form').addEventListener('submit', function (e) {
      e.preventDefault()
      call('/desk/pair', { code: $('pair-code').value }).then(function (reply) {
        if (!reply.ok) { $('pair-error').textContent = 'Mã ghép nối không đúng, đã dùng hoặc đã hết hạn.'; return }
        token = reply.value.token
        sessionStorage.setItem(tokenKey, token)
        paired(reply.value.desk)
      }, function () {})
    })
    $('scan-form').addEventListener('submit', function (e) {
      e.preventDefault()
      if (!online) return
      var value = $('scan').value.trim()
      if (value === '') return
      if (/^\\d+-[A-Za-z0-9]{6,}$/.test(value)) checkIn({ code: value })
      else search(value)
    })
    $('check-out').addEventListener('click', function () {
      if (current && online) checkOut(current.delegateId)
    })
    $('substitute').addEventListener('click', function () {
      if (current) openPerson('substitute', current)
    })
    $('guest').addEventListener('click', function () { openPerson('guest') })
    $('person-form').addEventListener('submit', function (e) { e.preventDefault(); addPerson() })
    $('person-cancel').addEventListener('click', function () { closePerson(); $('scan').focus() })
    $('person-form').addEventListener('keydown', function (e) {
      if (e.key === 'Escape') { closePerson(); $('scan').focus() }
    })
    $('undo').addEventListener('click', function () {
      if (!lastEntry || !online) return
      call('/desk/api/undoCheckIn', { entryId: lastEntry }).then(function (reply) {
        var outcome = answer(reply)
        if (outcome) show(outcome)
      }, function () {})
    })
    var fromQr = /^#code=(\\d{6})$/.exec(location.hash)
    if (fromQr) {
      $('pair-code').value = fromQr[1]
      history.replaceState(null, '', location.pathname)
    }
    if (token) {
      call('/desk/ping', undefined, 'GET').then(function (reply) { if (reply.ok) paired(reply.value.desk) }, function () {})
    } else unpaired('')
    setInterval(function () {
      if (token) call('/desk/ping', undefined, 'GET').catch(function () {})
    }, 2000)
  })
})()
`
