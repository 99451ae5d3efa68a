import { deskFailureText, deskTexts } from './desk-page-text'

/**
 * The desk page's script (served as /desk.js). Its language: the one chosen on this desk
 * (localStorage), else the browser's first language Dais speaks, else Vietnamese; a change
 * re-says everything on screen at once.
 */
export const deskScript = `'use strict'
;(function () {
  var texts = ${JSON.stringify(deskTexts)}
  var failureText = ${deskFailureText.toString()}
  var tokenKey = 'dais-desk-token'
  var languageKey = 'dais-desk-language'
  var token = sessionStorage.getItem(tokenKey)
  var online = true
  var lastEntry = null
  /** The delegate on screen, whom the check-out and substitute buttons act on. */
  var current = null
  /** The person form's purpose: { kind: 'guest' } or { kind: 'substitute', delegate }. */
  var adding = null
  /** What is on screen, kept to say it again in another language. */
  var shown = null
  var shownFailure = null
  var results = null
  var pairProblem = null
  var personProblem = null
  var $ = function (id) { return document.getElementById(id) }

  function firstLanguage() {
    var saved = null
    try { saved = localStorage.getItem(languageKey) } catch (e) {}
    if (saved && texts.hasOwnProperty(saved)) return saved
    var wanted = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || '']
    for (var i = 0; i < wanted.length; i++) {
      var code = String(wanted[i]).toLowerCase().split('-')[0]
      if (texts.hasOwnProperty(code)) return code
    }
    return 'vi'
  }
  var language = firstLanguage()
  var T = texts[language]

  function fmt(text, values) {
    return text.replace(/\\{(\\w+)\\}/g, function (whole, key) {
      return values[key] === undefined ? whole : String(values[key])
    })
  }

  function applyLanguage() {
    T = texts[language]
    document.documentElement.lang = T.htmlLang
    document.title = T.title
    $('language').value = language
    Array.prototype.forEach.call(document.querySelectorAll('[data-t]'), function (el) {
      el.textContent = T[el.getAttribute('data-t')]
    })
    Array.prototype.forEach.call(document.querySelectorAll('[data-t-aria]'), function (el) {
      el.setAttribute('aria-label', T[el.getAttribute('data-t-aria')])
    })
    $('connection').textContent = online ? '' : T.offline
    $('pair-error').textContent = pairProblem ? T[pairProblem] : ''
    if (shown) show(shown)
    else if (shownFailure !== null) showFailure(shownFailure)
    if (results) showResults(results)
    if (adding) $('person-title').textContent = personTitle()
    $('person-error').textContent = personProblem === null ? '' : personProblem.key ? T[personProblem.key] : failureText(T, personProblem.error)
  }

  function setOnline(ok) {
    online = ok
    var c = $('connection')
    c.hidden = ok
    c.textContent = ok ? '' : T.offline
    if (!ok) { clearOutcome(); closePerson() }
    Array.prototype.forEach.call(document.querySelectorAll('#desk button, #desk input'), function (b) {
      if (b.id !== 'camera') b.disabled = !ok
    })
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
      if (res.status === 401) { unpaired('unpaired'); throw new Error('unpaired') }
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
    clearResults()
    lastEntry = null
    shown = null
    shownFailure = null
    $('undo').hidden = true
    current = null
    showActions()
  }

  function clearResults() {
    results = null
    $('results').textContent = ''
  }

  /** Check-out for a delegate in the hall; a substitute for a summoned delegate not in it. */
  function showActions() {
    var d = current
    var out = $('check-out')
    out.hidden = !(d && d.status === 'in')
    out.textContent = d ? fmt(T.checkOutNamed, { name: d.fullName }) : ''
    var sub = $('substitute')
    sub.hidden = !(d && canBeReplaced(d))
    sub.textContent = d ? fmt(T.substituteButton, { name: d.fullName }) : ''
  }

  function canBeReplaced(d) {
    return d.counted && d.status !== 'in' && !d.replacedBy && !d.replaces
  }

  function personTitle() {
    if (!adding || adding.kind === 'guest') return T.guestTitle
    var d = adding.delegate
    return d.unit ? fmt(T.substituteForUnit, { name: d.fullName, unit: d.unit }) : fmt(T.substituteFor, { name: d.fullName })
  }

  function openPerson(kind, d) {
    adding = { kind: kind, delegate: d || null }
    $('person-title').textContent = personTitle()
    $('person-name').value = ''
    $('person-position').value = ''
    $('person-unit').value = ''
    setPersonProblem(null)
    $('person-form').hidden = false
    $('person-name').focus()
  }

  function closePerson() {
    adding = null
    $('person-form').hidden = true
  }

  function setPersonProblem(problem) {
    personProblem = problem
    $('person-error').textContent = problem === null ? '' : problem.key ? T[problem.key] : failureText(T, problem.error)
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
    if (!person.fullName) { setPersonProblem({ key: 'nameRequired' }); $('person-name').focus(); return }
    var request = adding.kind === 'guest'
      ? call('/desk/api/addGuest', { guest: person })
      : call('/desk/api/addSubstitute', { replacedId: adding.delegate.delegateId, substitute: person })
    request.then(function (reply) {
      if (!reply.ok) { setPersonProblem({ error: reply.error }); return }
      closePerson()
      show(reply.value)
      clearResults()
      $('scan').value = ''
      $('scan').focus()
    }, function () {})
  }

  function unpaired(problem) {
    clearOutcome()
    token = null
    sessionStorage.removeItem(tokenKey)
    $('desk').hidden = true
    $('pair-form').hidden = false
    pairProblem = problem
    $('pair-error').textContent = problem ? T[problem] : ''
    $('desk-name').textContent = ''
  }

  function paired(name) {
    clearOutcome()
    pairProblem = null
    $('desk-name').textContent = '— ' + name
    $('pair-form').hidden = true
    $('desk').hidden = false
    $('scan').focus()
  }

  function timeOf(iso) {
    return iso ? new Date(iso).toLocaleTimeString(T.timeLocale, { hour: '2-digit', minute: '2-digit' }) : ''
  }

  function verdict(outcome) {
    var d = outcome.delegate
    if (outcome.result === 'checkedIn') return ['green', T.present]
    if (outcome.result === 'already') return ['amber', fmt(T.already, { time: timeOf(d && d.since) })]
    if (outcome.result === 'undone') return ['amber', T.undone]
    if (outcome.result === 'checkedOut') return ['amber', T.checkedOut]
    if (outcome.result === 'refused') {
      var reason = outcome.refusal && outcome.refusal.reason
      return ['red', fmt(T.refused, { reason: T.reasons.hasOwnProperty(reason) ? T.reasons[reason] : '' })]
    }
    return ['red', String(outcome.result)]
  }

  function line(tag, text) {
    var el = document.createElement(tag)
    el.textContent = text
    return el
  }

  function show(outcome) {
    shown = outcome
    shownFailure = null
    var el = $('outcome')
    var d = outcome.delegate
    var said = verdict(outcome)
    el.className = said[0]
    el.textContent = ''
    el.appendChild(line('strong', (d ? d.fullName + ' — ' : '') + said[1]))
    if (d) {
      el.appendChild(line('small', [d.unit, d.seat, d.category].filter(Boolean).join(' · ')))
      if (d.replaces) el.appendChild(line('small', fmt(T.replaces, { name: d.replaces.fullName })))
    }
    var f = outcome.figures
    if (f) el.appendChild(line('small', fmt(T.figures, { present: f.present, summoned: f.summoned })))
    lastEntry = outcome.result === 'checkedIn' || outcome.result === 'checkedOut' ? outcome.entryId : null
    $('undo').hidden = !lastEntry
    $('undo').textContent = outcome.result === 'checkedOut' ? T.undoCheckOut : T.undoCheckIn
    current = d
    showActions()
  }

  function showFailure(error) {
    shown = null
    shownFailure = error
    var el = $('outcome')
    el.className = 'red'
    el.textContent = failureText(T, error)
  }

  function answer(reply) {
    if (!reply.ok) { showFailure(reply.error); return null }
    return reply.value
  }

  function afterAnswer(reply) {
    var outcome = answer(reply)
    if (outcome) show(outcome)
    clearResults()
    $('scan').value = ''
    $('scan').focus()
  }

  function checkIn(arg) {
    return call('/desk/api/checkIn', arg).then(afterAnswer, function () {})
  }

  function checkOut(delegateId) {
    return call('/desk/api/checkOut', { delegateId: delegateId }).then(afterAnswer, function () {})
  }

  function button(text, onClick) {
    var b = document.createElement('button')
    b.type = 'button'
    b.textContent = text
    b.addEventListener('click', onClick)
    return b
  }

  function showResults(list) {
    results = list
    var ul = $('results')
    ul.textContent = ''
    list.forEach(function (d) {
      var li = document.createElement('li')
      li.appendChild(line('span', fmt(d.status === 'in' ? T.searchLineIn : T.searchLine, { name: d.fullName, unit: d.unit })))
      if (d.status === 'in') li.appendChild(button(fmt(T.checkOutNamed, { name: d.fullName }), function () { checkOut(d.delegateId) }))
      else li.appendChild(button(fmt(T.checkInNamed, { name: d.fullName }), function () { checkIn({ delegateId: d.delegateId }) }))
      if (canBeReplaced(d)) {
        var s = button(T.substituteShort, function () { openPerson('substitute', d) })
        s.setAttribute('aria-label', fmt(T.substituteFor, { name: d.fullName }))
        li.appendChild(s)
      }
      ul.appendChild(li)
    })
  }

  function search(query) {
    return call('/desk/api/searchCheckIn', { query: query, limit: 10 }).then(function (reply) {
      var list = answer(reply) || []
      showResults(list)
      if (list.length === 1) $('results').querySelector('button').focus()
    }, function () {})
  }

  document.addEventListener('DOMContentLoaded', function () {
    applyLanguage()
    $('language').addEventListener('change', function () {
      if (!texts.hasOwnProperty($('language').value)) return
      language = $('language').value
      try { localStorage.setItem(languageKey, language) } catch (e) {}
      applyLanguage()
    })
    $('pair-form').addEventListener('submit', function (e) {
      e.preventDefault()
      call('/desk/pair', { code: $('pair-code').value }).then(function (reply) {
        if (!reply.ok) { pairProblem = 'pairFailed'; $('pair-error').textContent = T.pairFailed; return }
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
    } else unpaired(null)
    setInterval(function () {
      if (token) call('/desk/ping', undefined, 'GET').catch(function () {})
    }, 2000)
  })
})()
`
