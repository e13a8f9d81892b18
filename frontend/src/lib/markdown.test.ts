import { markdownToHtml } from "./markdown";

describe("markdownToHtml", () => {
  it("renders Markdown", () => {
    expect(markdownToHtml("**Restart** the `Spooler`")).toBe("<p><strong>Restart</strong> the <code>Spooler</code></p>\n");
  });

  it("drops scripts, event handlers, inline styles and images", () => {
    const html = markdownToHtml(
      '<script>alert(1)</script>\n\n<p style="color:red" onclick="alert(2)">hi</p>\n\n![x](https://evil.example/x.png) [a](javascript:alert(3))',
    );
    expect(html).not.toMatch(/script|onclick|style=|<img|javascript:/);
    expect(html).toContain("hi");
  });

  it("opens web links in a new tab without a referrer", () => {
    expect(markdownToHtml("[docs](https://learn.microsoft.com)")).toContain('target="_blank" rel="noopener noreferrer"');
  });
});
