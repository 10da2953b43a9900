import SiteGenCore

/// The page the preview answers with while the site has errors: every problem, HTML-escaped,
/// and the live-reload script, so the site comes back as soon as the source is mended.
enum ErrorPage {
    static func html(_ errors: [Diagnostic], pathPrefix: String) -> String {
        let items = errors.map { diagnostic -> String in
            var shown = diagnostic
            shown.location?.path = pathPrefix + (diagnostic.location?.path ?? "")
            return "<li><code>\(escape(shown.description))</code></li>"
        }.joined(separator: "\n")
        return """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Build failed · sitegen</title>
            <style>
            body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1b1f24; }
            h1 { color: #a40000; }
            li { margin: 0.5rem 0; }
            code { white-space: pre-wrap; font-size: 0.95rem; }
            </style>
            </head>
            <body>
            <main>
            <h1>The site does not build</h1>
            <p>\(errors.count == 1 ? "One problem stands" : "\(errors.count) problems stand") in the way. This page reloads by itself once the source is mended.</p>
            <ul>
            \(items)
            </ul>
            </main>
            \(LiveReloadScript.tag)
            </body>
            </html>

            """
    }

    /// Escapes text for HTML element content and attribute values.
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
