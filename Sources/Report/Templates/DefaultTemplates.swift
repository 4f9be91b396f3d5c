/// The built-in layouts of the digest and the trend report (Mustache). A newsroom restyles
/// them by putting files of the same names (`digest.text.mustache`, `digest.markdown.mustache`,
/// `digest.html.mustache`, `trend.text.mustache`, `trend.markdown.mustache`,
/// `trend.html.mustache`) in a folder and passing it as `--template DIR`. Text and Markdown
/// templates declare `{{% CONTENT_TYPE: TEXT }}`; in HTML every `{{value}}` is escaped.
enum DefaultTemplates {
    static let all: [String: String] = [
        "digest.text": digestText, "digest.markdown": digestMarkdown, "digest.html": digestHTML,
        "trend.text": trendText, "trend.markdown": trendMarkdown, "trend.html": trendHTML,
    ]

    static let digestText = """
    {{% CONTENT_TYPE: TEXT }}
    {{rule}}
    {{#headerLines}}
    {{.}}
    {{/headerLines}}
    {{rule}}

    TOP STORIES
    {{#stories}}
    {{#headlineLines}}
    {{.}}
    {{/headlineLines}}
    {{#kickerLines}}
    {{.}}
    {{/kickerLines}}
    {{metaLine}}
    {{#summaryLines}}
    {{.}}
    {{/summaryLines}}

    {{/stories}}
    TOPICS
    {{#topics}}
    {{labelLine}}
    {{#headlineLines}}
    {{.}}
    {{/headlineLines}}
    {{#summaryLines}}
    {{.}}
    {{/summaryLines}}

    {{/topics}}
    {{#hasDuplicates}}
    NEAR-DUPLICATES
    {{#duplicateLines}}
    {{.}}
    {{/duplicateLines}}

    {{/hasDuplicates}}
    KEYWORDS
    {{keywordTable}}
    {{rule}}
    {{#footerLines}}
    {{.}}
    {{/footerLines}}

    """

    static let digestMarkdown = """
    {{% CONTENT_TYPE: TEXT }}
    # {{#paper}}{{paper}} · {{/paper}}{{issue}}{{#date}} · {{date}}{{/date}}

    {{articles}} articles · {{characters}} characters

    ## Top stories

    {{#stories}}
    {{rank}}. **{{headline}}**{{#kicker}} ({{kicker}}){{/kicker}} — {{meta}}
       {{summary}}

    {{/stories}}
    ## Topics

    {{#topics}}
    ### {{label}} ({{size}})

    *{{keyphrases}}*

    {{#headlines}}
    - {{.}}
    {{/headlines}}

    {{summary}}

    {{/topics}}
    {{#hasDuplicates}}
    ## Near-duplicates

    {{#duplicates}}
    - {{.}}
    {{/duplicates}}

    {{/hasDuplicates}}
    ## Keywords

    {{keywordTable}}
    ---

    {{footer}}

    """

    static let style = """
    body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.6}
    header{border-bottom:3px double #333;margin-bottom:1.5rem}h1{margin:0;font-size:1.8rem}.meta{color:#666;font-size:.9rem}
    ol.stories{padding-left:1.5rem}ol.stories li{margin-bottom:1rem}.headline{font-weight:bold;font-size:1.1rem}
    .kicker{color:#a33;font-size:.85rem;display:block}.summary{margin:.25rem 0 0}
    section.topic{border-left:4px solid #36c;padding-left:1rem;margin-bottom:1.25rem}.keyphrases{color:#36c}
    table{border-collapse:collapse}td,th{padding:.2rem .6rem;border-bottom:1px solid #ddd;text-align:left}td.n{text-align:right}
    svg text{font-size:12px;fill:#222}footer{margin-top:2rem;border-top:1px solid #ccc;color:#666;font-size:.8rem}
    """

    static let digestHTML = """
    <!DOCTYPE html>
    <html lang="zh"><head><meta charset="utf-8"><title>{{issue}}</title><style>{{{style}}}</style></head>
    <body>
    <header><h1>{{#paper}}{{paper}} · {{/paper}}{{issue}}</h1>
    <p class="meta">{{#date}}{{date}} · {{/date}}{{articles}} articles · {{characters}} characters</p></header>
    <h2>Top stories</h2>
    <ol class="stories">
    {{#stories}}
    <li>{{#kicker}}<span class="kicker">{{kicker}}</span>{{/kicker}}<span class="headline">{{headline}}</span>
    <div class="meta">{{meta}}</div><p class="summary">{{summary}}</p></li>
    {{/stories}}
    </ol>
    <h2>Topics</h2>
    {{#topics}}
    <section class="topic"><h3>{{label}} <span class="meta">({{size}})</span></h3>
    <p class="keyphrases">{{keyphrases}}</p><ul>{{#headlines}}<li>{{.}}</li>{{/headlines}}</ul><p>{{summary}}</p></section>
    {{/topics}}
    {{#hasDuplicates}}<h2>Near-duplicates</h2><ul>{{#duplicates}}<li>{{.}}</li>{{/duplicates}}</ul>{{/hasDuplicates}}
    <h2>Keywords</h2>
    {{{keywordChart}}}
    <footer>{{footer}}</footer>
    </body></html>

    """

    static let trendText = """
    {{% CONTENT_TYPE: TEXT }}
    {{rule}}
    TRENDS {{from}} – {{to}} by {{period}} · {{articles}} articles
    {{rule}}

    TOPICS
    {{topicTable}}
    {{#topics}}
    ■ {{label}}
    {{#headlines}}
       · {{.}}
    {{/headlines}}
    {{/topics}}

    BURSTS
    {{burstTable}}
    KEYWORDS BY {{periodUpper}}
    {{keywordTable}}
    {{#notes}}
    note: {{.}}
    {{/notes}}

    """

    static let trendMarkdown = """
    {{% CONTENT_TYPE: TEXT }}
    # Trends {{from}} – {{to}} by {{period}}

    {{articles}} articles.

    ## Topics

    {{topicTable}}
    {{#topics}}
    - **{{label}}**: {{#headlines}}{{.}}; {{/headlines}}
    {{/topics}}

    ## Bursts

    {{burstTable}}
    ## Keywords by {{period}}

    {{keywordTable}}
    {{#notes}}
    > {{.}}
    {{/notes}}

    """

    static let trendHTML = """
    <!DOCTYPE html>
    <html lang="zh"><head><meta charset="utf-8"><title>Trends {{from}} – {{to}}</title><style>{{{style}}}</style></head>
    <body>
    <header><h1>Trends {{from}} – {{to}}</h1><p class="meta">by {{period}} · {{articles}} articles</p></header>
    <h2>Topics</h2>
    {{{topicChart}}}
    <table><tr><th>topic</th><th>burst</th><th>share</th><th>trend</th><th>G²</th><th>headlines</th></tr>
    {{#topics}}<tr><td>{{label}}</td><td>{{burst}}</td><td class="n">{{share}}</td><td>{{trend}}</td><td class="n">{{statistic}}</td><td>{{#headlines}}{{.}}<br>{{/headlines}}</td></tr>{{/topics}}
    </table>
    <h2>Bursts</h2>
    <table><tr><th>term</th><th>start</th><th>end</th><th>strength</th></tr>
    {{#bursts}}<tr><td>{{term}}</td><td>{{start}}</td><td>{{end}}</td><td class="n">{{strength}}</td></tr>{{/bursts}}
    </table>
    <h2>Keywords by {{period}}</h2>
    {{{keywordChart}}}
    {{#notes}}<p class="meta">{{.}}</p>{{/notes}}
    </body></html>

    """
}
