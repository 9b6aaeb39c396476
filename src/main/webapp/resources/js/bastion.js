/*
 * Bastion's only script of its own (the page kit, docs/ui.md): keeps the EVE clock in the header and the
 * relative times ("3 min ago") current without a reload. Everything else is PrimeFaces'.
 */
(function () {
    "use strict";

    function pad(n) { return n < 10 ? "0" + n : "" + n; }

    function relative(then, now) {
        var s = Math.round(Math.abs(now - then) / 1000), future = then > now, amount;
        if (s < 45) { return "just now"; }
        if (s < 3600) { amount = Math.max(1, Math.round(s / 60)) + " min"; }
        else if (s < 86400) { amount = Math.round(s / 3600) + " h"; }
        else if (s < 60 * 86400) { var d = Math.round(s / 86400); amount = d + (d === 1 ? " day" : " days"); }
        else { return null; } // months and years do not change while a page is open
        return future ? "in " + amount : amount + " ago";
    }

    function tick() {
        var now = new Date();
        var clock = document.getElementById("eve-clock");
        if (clock) {
            clock.textContent = pad(now.getUTCHours()) + ":" + pad(now.getUTCMinutes());
        }
        var times = document.querySelectorAll("time.b-time[datetime]");
        for (var i = 0; i < times.length; i++) {
            var ago = times[i].parentNode.querySelector(".b-ago");
            var then = Date.parse(times[i].getAttribute("datetime"));
            var words = isNaN(then) ? null : relative(then, now.getTime());
            if (ago && words) {
                ago.textContent = words;
            }
        }
    }

    document.addEventListener("DOMContentLoaded", function () {
        tick();
        setInterval(tick, 30000);
        // The phone menu closes when a link in it is followed.
        var toggle = document.getElementById("b-nav-toggle");
        document.querySelectorAll(".b-sidebar a").forEach(function (a) {
            a.addEventListener("click", function () { if (toggle) { toggle.checked = false; } });
        });
    });
})();
