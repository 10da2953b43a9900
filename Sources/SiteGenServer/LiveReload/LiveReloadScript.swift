/// The script the preview puts in every page: it listens on the events endpoint and reloads the
/// page after each rebuild. Never part of a build for publishing.
enum LiveReloadScript {
    static let eventsPath = "/_sitegen/events"
    static let scriptPath = "/_sitegen/live.js"

    /// The tag every preview page gets at the end of its body.
    static let tag = "<script src=\"\(scriptPath)\"></script>"

    static let source = """
        // sitegen serve: reload this page when the site is rebuilt.
        (function () {
          if (!window.EventSource) return;
          var events = new EventSource("\(eventsPath)");
          events.onmessage = function (event) {
            if (event.data === "reload") window.location.reload();
          };
        })();

        """
}
