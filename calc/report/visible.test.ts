import { visible, visibleLines } from "./visible";

describe("visible: text from a scenario, safe to show in a terminal", () => {
  test("ESC of an ANSI sequence, C1 CSI, DEL, bidi override, zero-width space and a lone surrogate become visible escapes", () => {
    expect(visible("\u001b[2J\u001b[HAttribué 309 045,00")).toBe("<U+001B>[2J<U+001B>[HAttribué 309 045,00");
    expect(visible("a\u009b31mb\u007fc")).toBe("a<U+009B>31mb<U+007F>c");
    expect(visible("\u202eelif.exe\u2066x\u2069")).toBe("<U+202E>elif.exe<U+2066>x<U+2069>");
    expect(visible("\u200b")).toBe("<U+200B>");
    expect(visible("a\ud800b")).toBe("a<U+D800>b");
  });

  test("a newline in a name is escaped too (it could fake a line of the table); visibleLines keeps a message's own lines", () => {
    expect(visible("G\nTotal 1")).toBe("G<U+000A>Total 1");
    expect(visibleLines("ligne 1\nligne \u001b2")).toBe("ligne 1\nligne <U+001B>2");
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
