import { visible, visibleLines } from "./visible";

describe("visible: text from a scenario, safe to show in a terminal", () => {
  test("ESC of an ANSI sequence, C1 CSI, DEL, bidi override, zero-width space and a lone surrogate become visible escapes", () => {
    expect(visible("\u001b[2J\u001b[HAttribué 309 045,00")).toBe("\\x1B[2J\\x1B[HAttribué 309 045,00");
    expect(visible("a\u009b31mb\u007fc")).toBe("a\\x9B31mb\\x7Fc");
    expect(visible("\u202eelif.exe\u2066x\u2069")).toBe("\\u202Eelif.exe\\u2066x\\u2069");
    expect(visible("\u200b")).toBe("\\u200B");
    expect(visible("a\ud800b")).toBe("a\\uD800b");
  });

  test("a newline in a name is escaped too (it could fake a line of the table); visibleLines keeps a message's own lines", () => {
    expect(visible("G\nTotal 1")).toBe("G\\x0ATotal 1");
    expect(visibleLines("ligne 1\nligne \u001b2")).toBe("ligne 1\nligne \\x1B2");
  });

  test("printable text is unchanged: accents, non-breaking and narrow spaces, emoji, « guillemets », euro sign", () => {
    const fr = "Communauté d'agglomération d'Épinal « Vosges » 409\u202f045,00\u00a0€ 🏛️";
    expect(visible(fr)).toBe(fr);
  });

  test("applying it twice changes nothing more (messages pass through it at the end too)", () => {
    const once = visible("\u001b[31mx\u202e");
    expect(visible(once)).toBe(once);
  });
});
