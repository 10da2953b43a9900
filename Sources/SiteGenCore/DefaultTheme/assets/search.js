// sitegen search: runs in the browser, with no server and no library. It loads the site's
// search-index.json once, then ranks briefings by the words of the query: every word must
// appear (as a word or the start of one) in the title, summary, themes, entities or text.
(function () {
  "use strict";
  var script = document.currentScript;
  var form = document.querySelector(".search-form");
  var input = document.getElementById("search-query");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  if (!script || !form || !input || !status || !list) return;
  var source = script.getAttribute("data-index");
  var entries = null;
  // The messages, in the page's language: the page puts them on the script's element.
  function message(name, values) {
    var text = script.getAttribute("data-" + name) || "";
    for (var key in values) text = text.split("{" + key + "}").join(values[key]);
    return text;
  }
  var lang = document.documentElement.lang || "en";
  var plurals = window.Intl && Intl.PluralRules ? new Intl.PluralRules(lang) : null;
  var numbers = window.Intl && Intl.NumberFormat ? new Intl.NumberFormat(lang) : null;
  function matches(count, query) {
    var category = plurals ? plurals.select(count) : (count === 1 ? "one" : "other");
    var name = script.hasAttribute("data-matches-" + category) ? "matches-" + category : "matches-other";
    return message(name, { count: numbers ? numbers.format(count) : String(count), query: query });
  }

  // Lowercase, and without the accents of Latin letters (é → e), so that a query finds words
  // however they are accented; a mark on another script's letter (the breve of Ukrainian й, the
  // diaeresis of ї) is part of the letter and stays.
  function words(text) {
    return text.toLowerCase().normalize("NFD").replace(/([a-z])[\u0300-\u036f]+/g, "$1").normalize("NFC")
      .split(/[^\p{L}\p{N}]+/u).filter(function (word) { return word.length > 0; });
  }

  function prepare(entry) {
    return {
      entry: entry,
      fields: [
        [words(entry.title), 8],
        [words(entry.themes.join(" ") + " " + entry.entities.join(" ")), 4],
        [words(entry.summary), 3],
        [words(entry.text), 1]
      ]
    };
  }

  function score(prepared, terms) {
    var total = 0;
    for (var t = 0; t < terms.length; t++) {
      var best = 0;
      for (var f = 0; f < prepared.fields.length; f++) {
        var field = prepared.fields[f], hits = 0;
        for (var w = 0; w < field[0].length; w++) {
          if (field[0][w] === terms[t]) hits += 2;
          else if (field[0][w].indexOf(terms[t]) === 0) hits += 1;
        }
        best += hits * field[1];
      }
      if (best === 0) return 0;
      total += best;
    }
    return total;
  }

  function show(results, query) {
    list.textContent = "";
    status.textContent = results.length === 0 ? message("no-match", { query: query }) : matches(results.length, query);
    results.slice(0, 50).forEach(function (result) {
      var item = document.createElement("li");
      var heading = document.createElement("h2");
      var link = document.createElement("a");
      link.href = result.entry.url;
      link.textContent = result.entry.title;
      heading.appendChild(link);
      var meta = document.createElement("p");
      meta.className = "card__meta";
      var date = document.createElement("time");
      date.dateTime = result.entry.date;
      date.textContent = result.entry.dateText;
      meta.appendChild(date);
      if (result.entry.themes.length) meta.appendChild(document.createTextNode(" · " + result.entry.themes.join(" · ")));
      var summary = document.createElement("p");
      summary.textContent = result.entry.summary;
      item.appendChild(heading);
      item.appendChild(meta);
      item.appendChild(summary);
      list.appendChild(item);
    });
  }

  function run() {
    var query = input.value.trim();
    var terms = words(query);
    if (terms.length === 0) {
      list.textContent = "";
      status.textContent = "";
      return;
    }
    var results = [];
    for (var i = 0; i < entries.length; i++) {
      var s = score(entries[i], terms);
      if (s > 0) results.push({ entry: entries[i].entry, score: s });
    }
    results.sort(function (a, b) { return b.score - a.score || (a.entry.date < b.entry.date ? 1 : -1); });
    show(results, query);
  }

  function load(then) {
    if (entries) return then();
    status.textContent = message("loading", {});
    fetch(source).then(function (response) {
      if (!response.ok) throw new Error(response.status);
      return response.json();
    }).then(function (data) {
      entries = data.map(prepare);
      then();
    }).catch(function () {
      // Browsers do not let a page opened from disk read a file beside it.
      status.textContent = message(window.location.protocol === "file:" ? "from-disk" : "failed", {});
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var url = new URL(window.location.href);
    url.searchParams.set("q", input.value.trim());
    window.history.replaceState(null, "", url);
    load(run);
  });
  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { load(run); }, 150);
  });
  var initial = new URL(window.location.href).searchParams.get("q");
  if (initial) {
    input.value = initial;
    load(run);
  }
})();
