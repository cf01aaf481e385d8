/*
 * 学法 exam pages, enhanced. The pages work without this script (each question is a form); with it,
 * answers are saved as they are given (fetch PUT with the CSRF token), kept in localStorage until the
 * server has them, re-sent when the network or the server's store returns (the page says which is
 * away, and says when the kept answers are through), and the clock shows the server's remaining time.
 * Answers the server refuses because they arrived after the deadline are remembered, and the result
 * page names them instead of leaving the learner to think they counted.
 * Written as plain ES5 so that old office browsers that have fetch run it; others keep the forms.
 */
(function () {
  'use strict';
  if (!window.fetch || !window.Promise || !window.JSON) {
    return;
  }
  document.documentElement.className += ' js';
  var meta = document.querySelector('meta[name="csrf-token"]');
  var csrf = meta ? meta.getAttribute('content') : '';
  var OFFLINE = '网络中断，答案已暂存在本机，网络恢复后自动发送到服务器。请不要关闭本页。';
  // 503 means the server is up but its data store is not: the same promise, but it is not the learner's network.
  var STORE_DOWN = '服务器暂时无法保存答案（数据存储中断），答案已暂存在本机，服务器恢复后自动发送。请不要关闭本页。';
  var SENT = '连接已恢复：暂存在本机的答案已全部保存到服务器。';

  function all(sel, root) {
    return Array.prototype.slice.call((root || document).querySelectorAll(sel));
  }

  function load(key, dflt) {
    try {
      var v = JSON.parse(window.localStorage.getItem(key));
      return v && typeof v === 'object' ? v : dflt;
    } catch (e) {
      return dflt;
    }
  }

  function save(key, value) {
    try {
      window.localStorage.setItem(key, JSON.stringify(value));
    } catch (e) {
      // Private mode or full storage: the answer still goes to the server, only the offline copy is missing.
    }
  }

  function call(method, url, body) {
    var init = {method: method, credentials: 'same-origin',
      headers: {'Accept': 'application/json', 'X-CSRF-Token': csrf}};
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(url, init).then(function (r) {
      return r.json().then(function (b) { return {status: r.status, body: b}; },
        function () { return {status: r.status, body: {}}; });
    });
  }

  function choiceOf(form) {
    return all('input[name="choice"]', form).filter(function (i) { return i.checked; })
      .map(function (i) { return i.value; }).sort();
  }

  all('.print-btn').forEach(function (b) {
    b.hidden = false;
    b.addEventListener('click', function () { window.print(); });
  });

  var exam = document.getElementById('exam');
  if (exam) {
    examPage(exam);
  }
  var practice = document.getElementById('practice');
  if (practice) {
    practicePage(practice);
  }
  var refusedNote = document.getElementById('refused-note');
  if (refusedNote) {
    resultPage(refusedNote);
  }

  /** The result of an attempt: says which answers kept on this device arrived too late to count. */
  function resultPage(note) {
    var refused = load('xuefa.refused.' + note.getAttribute('data-attempt-id'), {});
    var numbers = Object.keys(refused).map(function (qid) {
      var q = document.getElementById('q-' + qid);
      var no = q ? q.querySelector('.q-no') : null;
      return no ? Number(no.textContent.replace(/[^0-9]/g, '')) : 0;
    }).filter(function (n) { return n > 0; }).sort(function (a, b) { return a - b; });
    if (numbers.length === 0) {
      return;
    }
    note.textContent = '本机暂存的第 ' + numbers.join('、') + ' 题答案在考试结束后才送达服务器，未被接受，不计入成绩；'
      + '成绩按截止前服务器已保存的答案评定。';
    note.hidden = false;
  }

  function examPage(root) {
    var id = root.getAttribute('data-attempt-id');
    var base = '/api/attempts/' + encodeURIComponent(id);
    var pendingKey = 'xuefa.pending.' + id;
    var flagKey = 'xuefa.flags.' + id;
    var refusedKey = 'xuefa.refused.' + id;
    var pending = load(pendingKey, {});
    var refused = load(refusedKey, {});
    var wasInterrupted = false;
    var timeUpNotice = false;
    var flags = load(flagKey, {});
    var inFlight = {}; // question id -> the promise of its save being sent
    var endAt = Date.now() + Number(root.getAttribute('data-remaining')) * 1000;
    var timeUpHandled = false;
    var done = false;
    var clock = document.getElementById('countdown');
    var net = document.getElementById('net-state');
    var submitButton = document.getElementById('submit-button');
    var confirmArmed = false;

    function form(qid) {
      return document.getElementById('q-' + qid);
    }

    function navLink(qid) {
      var links = all('.q-nav a', root);
      for (var i = 0; i < links.length; i++) {
        if (links[i].getAttribute('data-qid') === qid) {
          return links[i];
        }
      }
      return null;
    }

    function state(qid, cls, text) {
      var f = form(qid);
      if (!f) {
        return;
      }
      var s = f.querySelector('.save-state');
      s.className = 'save-state ' + cls;
      s.textContent = text;
      var a = navLink(qid);
      if (a) {
        a.classList.toggle('unsent', cls === 'unsent' || cls === 'saving');
      }
    }

    function answered(qid, on) {
      var a = navLink(qid);
      if (a) {
        a.classList.toggle('answered', on);
      }
      var count = document.getElementById('answered-count');
      if (count) {
        count.textContent = '已答 ' + all('.q-nav a.answered', root).length + ' / ' + root.getAttribute('data-total');
      }
    }

    /** The notice above the questions; kind is warn (kept here, not yet sent), ok or error. */
    function banner(text, kind) {
      if (!net) {
        return;
      }
      net.hidden = !text;
      net.textContent = text || '';
      net.className = 'alert ' + (kind || 'warn');
    }

    /** A save that could not reach the store: the answer stays queued here and is retried. */
    function interrupted(qid, text) {
      wasInterrupted = true;
      state(qid, 'unsent', '未发送（已暂存本机）');
      if (!timeUpNotice) {
        banner(text);
      }
    }

    /** Answers the server refused for good (the attempt closed before they arrived): kept to say so. */
    function refusedNotice() {
      var n = Object.keys(refused).length;
      return n === 0 ? '' : n + ' 题的答案在考试结束后才送达服务器，未被接受，不计入成绩。';
    }

    function persist() {
      save(pendingKey, pending);
    }

    function same(a, b) {
      return JSON.stringify(a) === JSON.stringify(b);
    }

    function send(qid) {
      if (inFlight[qid]) {
        return inFlight[qid];
      }
      if (!pending.hasOwnProperty(qid)) {
        return Promise.resolve();
      }
      var choice = pending[qid];
      state(qid, 'saving', '保存中…');
      var sending = call('PUT', base + '/answers/' + encodeURIComponent(qid), {choice: choice}).then(function (res) {
        delete inFlight[qid];
        if (res.status === 200) {
          if (same(pending[qid], choice)) {
            delete pending[qid];
            persist();
            state(qid, 'saved', '已保存');
          } else {
            return send(qid);
          }
          if (Object.keys(pending).length === 0 && Object.keys(refused).length === 0) {
            // Say it when the queue kept through an outage is through: silence would look like nothing happened.
            banner(wasInterrupted ? SENT : '', 'ok');
            wasInterrupted = false;
          }
          if (typeof res.body.remainingSeconds === 'number') {
            sync(res.body.remainingSeconds);
          }
        } else if (res.status === 503) {
          interrupted(qid, STORE_DOWN);
        } else if (res.status === 502 || res.status === 504) {
          interrupted(qid, OFFLINE);
        } else if (res.status === 401) {
          state(qid, 'unsent', '未发送（已暂存本机）');
          banner('登录已失效：答案已暂存在本机。请在新窗口重新登录后回到本页，答案会自动发送。');
        } else {
          if (same(pending[qid], choice)) {
            delete pending[qid];
            persist();
          }
          state(qid, 'failed', '未保存：' + (res.body.error || ('错误 ' + res.status)));
          if (res.status === 409) {
            // Too late (or the attempt closed meanwhile): remembered, so the result page can say so too.
            refused[qid] = choice;
            save(refusedKey, refused);
            banner(refusedNotice(), 'error');
            refresh();
          }
        }
      }, function () {
        delete inFlight[qid];
        interrupted(qid, OFFLINE);
      });
      inFlight[qid] = sending;
      return sending;
    }

    function flush() {
      return Promise.all(Object.keys(pending).map(send));
    }

    /** Waits for the saves on their way, so that none of their answers is missed when the page leaves. */
    function settled() {
      return Promise.all(Object.keys(inFlight).map(function (qid) { return inFlight[qid]; }));
    }

    /** To the result page once every save on its way has been answered (refused ones are noted there). */
    function leave() {
      return settled().then(function () {
        save(pendingKey, {});
        window.location.replace('/attempts/' + encodeURIComponent(id));
      });
    }

    function queue(qid, choice) {
      if (done) {
        return;
      }
      pending[qid] = choice;
      persist();
      answered(qid, choice.length > 0);
      send(qid);
    }

    function sync(seconds) {
      endAt = Date.now() + seconds * 1000;
      if (seconds > 0) {
        timeUpHandled = false;
        timeUpNotice = false;
      }
    }

    function tick() {
      var left = Math.max(0, Math.ceil((endAt - Date.now()) / 1000));
      if (clock) {
        var h = Math.floor(left / 3600);
        var m = Math.floor((left % 3600) / 60);
        var s = left % 60;
        clock.textContent = (h > 0 ? h + ':' + (m < 10 ? '0' : '') : '') + m + ':' + (s < 10 ? '0' : '') + s;
        clock.parentNode.classList.toggle('low', left <= 60);
      }
      if (left === 0 && !timeUpHandled) {
        timeUpHandled = true;
        timeUp();
      }
    }

    /** Asks the server (its clock decides): maybe extra time was granted, else close and show the result. */
    function timeUp() {
      flush().then(function () {
        return call('GET', base);
      }).then(function (res) {
        if (res.status !== 200) {
          throw new Error('status ' + res.status);
        }
        if (res.body.status === 'in_progress' && res.body.remainingSeconds > 0) {
          sync(res.body.remainingSeconds);
          return null;
        }
        return submit();
      }).then(null, function () {
        var left = Object.keys(pending).length;
        timeUpNotice = true;
        banner('时间已到：连接恢复后将自动交卷并显示成绩。' + (left > 0 ? '还有 ' + left
          + ' 题的答案暂存在本机、尚未送达服务器；以服务器收到的时间为准，截止后才送达的答案不被接受。' : ''));
        timeUpHandled = false;
        endAt = Date.now() + 5000;
      });
    }

    function submit() {
      done = true;
      return call('POST', base + '/submit', {}).then(function (res) {
        if (res.status === 200) {
          return leave();
        } else {
          done = false;
          banner(res.body.error || '交卷失败，请稍后重试');
          throw new Error('submit failed');
        }
      }, function (e) {
        done = false;
        throw e;
      });
    }

    /** On focus and after a refusal: the server's view of the attempt decides what the page shows. */
    function refresh() {
      call('GET', base).then(function (res) {
        if (res.status === 200 && res.body.status !== 'in_progress') {
          return leave();
        } else if (res.status === 200) {
          sync(res.body.remainingSeconds);
        }
      }, function () {});
    }

    Object.keys(pending).forEach(function (qid) {
      var f = form(qid);
      if (!f) {
        delete pending[qid];
        return;
      }
      all('input[name="choice"]', f).forEach(function (i) {
        i.checked = pending[qid].indexOf(i.value) >= 0;
      });
      answered(qid, pending[qid].length > 0);
      state(qid, 'unsent', '未发送（已暂存本机）');
    });
    persist();
    if (refusedNotice()) {
      banner(refusedNotice(), 'error');
    }

    all('form.q', root).forEach(function (f) {
      var qid = f.getAttribute('data-qid');
      var flag = f.querySelector('.flag-btn');
      function paint() {
        flag.setAttribute('aria-pressed', flags[qid] ? 'true' : 'false');
        flag.textContent = flags[qid] ? '取消标记' : '标记';
        var a = navLink(qid);
        if (a) {
          a.classList.toggle('flagged', !!flags[qid]);
        }
      }
      flag.hidden = false;
      paint();
      flag.addEventListener('click', function () {
        if (flags[qid]) {
          delete flags[qid];
        } else {
          flags[qid] = true;
        }
        save(flagKey, flags);
        paint();
      });
      f.addEventListener('change', function () { queue(qid, choiceOf(f)); });
      f.addEventListener('submit', function (e) {
        e.preventDefault();
        queue(qid, choiceOf(f));
      });
    });

    var submitForm = document.getElementById('submit-form');
    if (submitForm) {
      submitForm.addEventListener('submit', function (e) {
        e.preventDefault();
        if (!confirmArmed) {
          confirmArmed = true;
          submitButton.textContent = '确认交卷（再点一次）';
          return;
        }
        flush().then(function () {
          var left = Object.keys(pending).length;
          if (left > 0) {
            banner('还有 ' + left + ' 题的答案没有发送到服务器。连接恢复后会自动发送，之后再交卷。');
            return null;
          }
          return submit();
        }).then(null, function () { banner(OFFLINE); });
      });
    }

    window.addEventListener('online', flush);
    window.addEventListener('focus', refresh);
    document.addEventListener('visibilitychange', function () {
      if (!document.hidden) {
        refresh();
      }
    });
    setInterval(function () {
      if (Object.keys(pending).length > 0) {
        flush();
      }
    }, 3000);
    setInterval(tick, 500);
    tick();
    flush();
  }

  function practicePage(root) {
    var id = root.getAttribute('data-practice-id');
    all('form.q', root).forEach(function (f) {
      var qid = f.getAttribute('data-qid');
      var multiple = f.getAttribute('data-type') === 'multiple';
      if (!multiple) {
        var button = f.querySelector('.check-btn');
        if (button) {
          button.hidden = true;
        }
        f.addEventListener('change', function () { check(f, qid); });
      }
      f.addEventListener('submit', function (e) {
        e.preventDefault();
        check(f, qid);
      });
    });

    function check(f, qid) {
      var choice = choiceOf(f);
      if (choice.length === 0) {
        return;
      }
      call('PUT', '/api/practice/' + encodeURIComponent(id) + '/answers/' + encodeURIComponent(qid), {choice: choice})
        .then(function (res) {
          if (res.status === 200) {
            show(f, res.body);
          } else {
            message(f, res.body.error || ('错误 ' + res.status));
          }
        }, function () { message(f, '网络中断，请恢复后再提交本题'); });
    }

    function message(f, text) {
      var box = f.querySelector('.feedback');
      box.textContent = '';
      var p = document.createElement('p');
      p.className = 'err-text';
      p.textContent = text;
      box.appendChild(p);
    }

    function show(f, fb) {
      var box = f.querySelector('.feedback');
      box.textContent = '';
      var verdict = document.createElement('p');
      var strong = document.createElement('strong');
      strong.className = fb.correct ? 'ok-text' : 'err-text';
      strong.textContent = fb.correct ? '回答正确' : '回答错误';
      verdict.appendChild(strong);
      verdict.appendChild(document.createTextNode('，正确答案 ' + fb.answer.join('')
        + (fb.leftWrongBook ? '（已连续答对两次，移出错题本）' : '')));
      box.appendChild(verdict);
      if (fb.explanation) {
        var ex = document.createElement('p');
        ex.className = 'explanation';
        ex.textContent = '解析：' + fb.explanation;
        box.appendChild(ex);
      }
      if (fb.source && fb.source.url) {
        var src = document.createElement('p');
        src.className = 'source';
        src.appendChild(document.createTextNode('出处：'));
        var a = document.createElement('a');
        a.href = fb.source.url;
        a.textContent = fb.source.title || fb.source.url;
        src.appendChild(a);
        box.appendChild(src);
      }
      all('label.opt', f).forEach(function (l) {
        var input = l.querySelector('input');
        l.classList.toggle('is-key', fb.answer.indexOf(input.value) >= 0);
      });
      if (!f.classList.contains('done')) {
        f.classList.add('done');
        bump('practice-answered');
        if (fb.correct) {
          bump('practice-right');
        }
      }
    }

    function bump(elementId) {
      var el = document.getElementById(elementId);
      if (el) {
        el.textContent = String(Number(el.textContent) + 1);
      }
    }
  }
})();
