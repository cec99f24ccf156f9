// Cell notes: a comments part for the text and a legacy VML drawing for the yellow boxes, which
// is how Excel and LibreOffice both store notes (threaded comments are a different feature).
import { parseRange } from "./sheetXml";
import { esc, escText, NS_MAIN, XML_DECL } from "./xml";

export function commentsXml(notes: readonly { ref: string; text: string }[], author: string): string {
  return (
    XML_DECL +
    `<comments xmlns="${NS_MAIN}"><authors><author>${esc(author)}</author></authors><commentList>` +
    notes.map((n) => `<comment ref="${n.ref}" authorId="0"><text><r><rPr><sz val="9"/><rFont val="Tahoma"/><family val="2"/></rPr><t xml:space="preserve">${escText(n.text)}</t></r></text></comment>`).join("") +
    `</commentList></comments>`
  );
}

/** Shape-id blocks of 1024 a drawing of `n` notes takes (each VML drawing has ids of its own). */
export function vmlBlocks(n: number): number {
  return Math.max(1, Math.ceil((n + 1) / 1024));
}

/** `block`: the first of this drawing's shape-id blocks (vmlBlocks). */
export function vmlXml(notes: readonly { ref: string }[], block: number): string {
  const blocks = Array.from({ length: vmlBlocks(notes.length) }, (_, i) => block + i).join(",");
  const shapes = notes.map((n, i) => {
    const { r1: row, c1: col } = parseRange(n.ref);
    return (
       `<v:shape id="_x0000_s${block * 1024 + 1 + i}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:240pt;height:90pt;z-index:${i + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
      `<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>` +
      `<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>` +
      `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>` +
      `<x:Anchor>${col + 1}, 15, ${row}, 2, ${col + 5}, 15, ${row + 6}, 4</x:Anchor>` +
      `<x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
    );
  });
  return (
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">` +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${blocks}"/></o:shapelayout>` +
    `<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>` +
    shapes.join("") +
    `</xml>`
  );
}
