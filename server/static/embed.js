// newslink embed: shows an article's Related Stories box on a news site.
//
//   <div data-newslink-related data-url="https://news.example.com/uk/2015/03/06/arrests"></div>
//   <script src="https://related.example.com/embed.js" async></script>
//
// Without data-url the page's own address is used. The box is built from
// /api/related with textContent, never innerHTML, and links to and shows
// images from http and https URLs only. The news site's origin must be given to the server with
// --cors-origin. Style it with the .related-stories selectors.
(function () {
	"use strict";
	var script = document.currentScript;
	var base = new URL(script && script.src ? script.src : "/embed.js", location.href);

	function webURL(u) {
		try {
			var p = new URL(u);
			return p.protocol === "https:" || p.protocol === "http:" ? p.href : "";
		} catch (e) {
			return "";
		}
	}

	function el(tag, cls, text) {
		var e = document.createElement(tag);
		if (cls) e.className = cls;
		if (text) e.textContent = text;
		return e;
	}

	function render(target, box) {
		if (!box || !box.related || box.related.length === 0) return;
		var section = el("section", "related-stories");
		section.appendChild(el("h2", "", "Related Stories"));
		var ul = el("ul");
		box.related.forEach(function (r) {
			var li = el("li");
			var img = webURL(r.image || "");
			if (img) {
				var im = el("img", "lead-image");
				im.alt = "";
				im.loading = "lazy";
				im.src = img;
				li.appendChild(im);
			}
			if (r.date) {
				var t = el("time", "", r.date);
				t.setAttribute("datetime", r.published);
				li.appendChild(t);
			}
			var href = webURL(r.url);
			var a = el(href ? "a" : "span", href ? "" : "headline", r.headline);
			if (href) a.href = href;
			li.appendChild(a);
			if (r.summary) li.appendChild(el("p", "", r.summary));
			ul.appendChild(li);
		});
		section.appendChild(ul);
		target.replaceChildren(section);
	}

	function load(target) {
		var url = target.getAttribute("data-url") || location.href;
		var api = new URL("api/related?url=" + encodeURIComponent(url), base);
		fetch(api, { credentials: "omit", mode: "cors" })
			.then(function (res) { return res.ok ? res.json() : null; })
			.then(function (box) { render(target, box); })
			.catch(function () {});
	}

	function start() {
		document.querySelectorAll("[data-newslink-related]").forEach(load);
	}
	if (document.readyState === "loading") {
		document.addEventListener("DOMContentLoaded", start);
	} else {
		start();
	}
})();
