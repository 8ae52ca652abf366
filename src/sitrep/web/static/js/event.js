// Event page: hovering (or focusing) a field or claim highlights its evidence spans in the text.
(function () {
  "use strict";
  function marksFor(label) {
    return Array.prototype.filter.call(document.querySelectorAll("mark.ev"), function (m) {
      return (m.getAttribute("data-fields") || "").split(" ").indexOf(label) !== -1;
    });
  }
  function setHot(label, on) {
    marksFor(label).forEach(function (m) { m.classList.toggle("hot", on); });
  }
  document.querySelectorAll("tr.has-ev[data-field]").forEach(function (row) {
    var label = row.getAttribute("data-field");
    function on() { setHot(label, true); row.classList.add("active"); }
    function off() { setHot(label, false); row.classList.remove("active"); }
    row.addEventListener("mouseenter", on);
    row.addEventListener("mouseleave", off);
    row.addEventListener("focus", on);
    row.addEventListener("blur", off);
    row.addEventListener("click", function () {
      var first = marksFor(label)[0];
      if (first) { first.scrollIntoView({block: "center", behavior: "smooth"}); }
    });
  });
  // Hovering a highlighted span names the fields it supports.
  document.querySelectorAll("mark.ev").forEach(function (m) {
    m.title = "evidence for: " + (m.getAttribute("data-fields") || "").split(" ").join(", ");
  });
})();
