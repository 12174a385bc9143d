namespace Pipeline.Core.Tests.Html;

/// <summary>Small hand-written pages: a news article with the usual furniture around it.</summary>
internal static class HtmlPages
{
    public const string FirstParagraph =
        "The city council voted on Tuesday to expand the bicycle network, adding forty kilometres of protected lanes over the next three years, a plan that supporters say will make streets safer for everyone.";

    public const string SecondParagraph =
        "Opponents argued that the lanes would take parking from shops on the main street, and several owners said they would ask the regional court to review the decision before construction begins.";

    public const string ThirdParagraph =
        "The mayor, who proposed the plan last spring, said the first lanes would open in the autumn, and that the council would publish a map of the routes, with dates, before the end of the month.";

    /// <summary>A page with head metadata <paramref name="head"/> and an article wrapped in navigation, share bar, related links and footer.</summary>
    public static string Article(string head = "", string articleExtras = "") => $$"""
        <!DOCTYPE html>
        <html>
        <head>
          <meta charset="utf-8">
          {{head}}
          <style>.lead { color: red; } body::before { content: "STYLE-LEAK"; }</style>
          <script>var secret = "SCRIPT-LEAK";</script>
        </head>
        <body>
          <header class="site-header"><a href="/">Daily Example</a>
            <nav><ul><li><a href="/politics">Politics</a></li><li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li></ul></nav>
          </header>
          <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
          <main>
            <article>
              <h1>Council expands the bicycle network</h1>
              <div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>
              <!-- COMMENT-LEAK: editor's note -->
              <p>{{FirstParagraph}}</p>
              <template><p>TEMPLATE-LEAK</p></template>
              <p>{{SecondParagraph}}</p>
              <noscript>NOSCRIPT-LEAK</noscript>
              <title>TITLE-LEAK</title>
              <p>{{ThirdParagraph}}</p>
              {{articleExtras}}
              <div class="related-articles"><h3>Related stories</h3><ul>
                <li><a href="/a">Bridge repairs delayed until spring</a></li>
                <li><a href="/b">New tram line opens in the north</a></li>
              </ul></div>
            </article>
          </main>
          <aside class="sidebar"><h3>Most read</h3><p>Local bakery wins national bread prize for the third year in a row, judges say.</p></aside>
          <div id="comments"><h3>Comments</h3><p>Great news, finally some progress on the lanes in this town, thank you.</p></div>
          <footer><p>Copyright Daily Example. Imprint. Privacy policy.</p></footer>
        </body>
        </html>
        """;
}
