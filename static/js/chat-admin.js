/* The chat's screens in the Wagtail admin poll for news (support/chat/admin_views.py).
 *
 * An element with data-chat-poll (the inbox's results, or one conversation's thread) names
 * its poll address and the version it shows. Every data-chat-seconds seconds (while the tab
 * is visible) it asks with that version: 204 means nothing changed — the server answered
 * from the shared cache — and anything else is the refreshed fragment, which replaces the
 * element's container and carries the next version. 403/404: the conversation is gone or
 * the role lost access; polling stops and the page says so. Errors back off up to 8 times
 * the interval. No inline script: the admin's Content-Security-Policy may forbid them. */
(function () {
  "use strict";

  var MAX_BACKOFF = 8;

  function marker(container) {
    return container.querySelector("[data-chat-poll]");
  }

  function nearBottom(list) {
    return !list || list.scrollHeight - list.scrollTop - list.clientHeight < 40;
  }

  function scrollToEnd(container) {
    var list = container.querySelector(".chat-messages");
    if (list) {
      list.scrollTop = list.scrollHeight;
    }
  }

  function showUnreadInTitle(container) {
    var element = marker(container);
    if (!element || element.dataset.chatUnread === undefined) {
      return;
    }
    var unread = parseInt(element.dataset.chatUnread, 10) || 0;
    var title = document.title.replace(/^\(\d+\) /, "");
    document.title = unread ? "(" + unread + ") " + title : title;
  }

  function poll(container) {
    var failures = 0;
    var timer = null;

    function interval() {
      var element = marker(container);
      var seconds = element ? parseInt(element.dataset.chatSeconds, 10) || 10 : 10;
      return seconds * 1000 * Math.min(Math.pow(2, failures), MAX_BACKOFF);
    }

    function schedule() {
      window.clearTimeout(timer);
      timer = window.setTimeout(tick, interval());
    }

    function stop() {
      window.clearTimeout(timer);
      var notice = document.querySelector("[data-chat-gone]");
      if (notice) {
        notice.hidden = false;
      }
    }

    function tick() {
      var element = marker(container);
      if (!element) {
        return;
      }
      if (document.hidden) {
        schedule();
        return;
      }
      var url = element.dataset.chatPoll;
      var separator = url.indexOf("?") === -1 ? "?" : "&";
      var list = container.querySelector(".chat-messages");
      var stick = nearBottom(list);
      window
        .fetch(url + separator + "v=" + encodeURIComponent(element.dataset.chatVersion || ""), {
          credentials: "same-origin",
          headers: { "X-Requested-With": "XMLHttpRequest" },
        })
        .then(function (response) {
          if (response.status === 204) {
            failures = 0;
            return null;
          }
          if (response.status === 403 || response.status === 404) {
            stop();
            return undefined;
          }
          if (!response.ok || response.redirected) {
            throw new Error("poll answered " + response.status);
          }
          failures = 0;
          return response.text();
        })
        .then(function (html) {
          if (html === undefined) {
            return;
          }
          if (html !== null) {
            container.innerHTML = html;
            showUnreadInTitle(container);
            if (stick) {
              scrollToEnd(container);
            }
          }
          schedule();
        })
        .catch(function () {
          failures += 1;
          schedule();
        });
    }

    showUnreadInTitle(container);
    scrollToEnd(container);
    schedule();
    document.addEventListener("visibilitychange", function () {
      if (!document.hidden) {
        window.clearTimeout(timer);
        tick();
      }
    });
  }

  function start() {
    ["#listing-results", "#chat-thread"].forEach(function (selector) {
      var container = document.querySelector(selector);
      if (container && marker(container)) {
        poll(container);
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
