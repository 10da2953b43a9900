#if os(Linux)
    import Foundation
    import Glibc

    /// Linux's inotify: the kernel reports each change as it happens. Every folder under the watched
    /// ones gets a watch, new folders too; events are gathered until writes settle.
    final class InotifyWatcher: ChangeWatcher {
        let batches: AsyncStream<Set<String>>
        private let continuation: AsyncStream<Set<String>>.Continuation
        private let stopped = StopFlag()

        /// Nil when inotify is not available (then the caller polls).
        init?(root: URL) {
            let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            guard descriptor >= 0 else { return nil }
            (batches, continuation) = AsyncStream<Set<String>>.makeStream()
            let root = root.standardizedFileURL
            let thread = Thread { [continuation, stopped] in
                var loop = EventLoop(descriptor: descriptor, root: root)
                loop.watch("", recursive: false)
                for folder in WatchedPaths.folders { loop.watch(folder, recursive: true) }
                var pending: Set<String> = []
                while !stopped.isRaised {
                    var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                    let ready = poll(&poller, 1, pending.isEmpty ? 250 : Int32(Watchers.settle * 1000))
                    if ready > 0 {
                        pending.formUnion(loop.readEvents())
                    } else if ready == 0, !pending.isEmpty {
                        continuation.yield(pending)
                        pending = []
                    }
                }
                close(descriptor)
                continuation.finish()
            }
            thread.name = "sitegen inotify watcher"
            thread.start()
        }

        func stop() {
            stopped.raise()
        }

        /// The watches and the reading of events, on the watcher's thread.
        private struct EventLoop {
            let descriptor: Int32
            let root: URL
            /// Watch descriptor → its folder, relative to the site folder ("" for the site folder).
            var folders: [Int32: String] = [:]
            static let mask = UInt32(IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_MODIFY | IN_ATTRIB)

            init(descriptor: Int32, root: URL) {
                self.descriptor = descriptor
                self.root = root
            }

            /// Watches a folder (and, when recursive, every folder in it); returns the files found in
            /// it, which are new to the watcher.
            @discardableResult
            mutating func watch(_ folder: String, recursive: Bool) -> [String] {
                let url = folder.isEmpty ? root : root.appendingPathComponent(folder)
                let handle = inotify_add_watch(descriptor, url.path, Self.mask)
                guard handle >= 0 else { return [] }
                folders[handle] = folder
                guard recursive else { return [] }
                var found: [String] = []
                let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
                for name in names.sorted() where !WatchedPaths.isIgnored(Substring(name)) {
                    let path = folder.isEmpty ? name : "\(folder)/\(name)"
                    var isDirectory: ObjCBool = false
                    if FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isDirectory),
                        isDirectory.boolValue
                    {
                        found += watch(path, recursive: true)
                    } else {
                        found.append(path)
                    }
                }
                return found
            }

            /// Reads the waiting events; returns the paths they name that matter.
            mutating func readEvents() -> Set<String> {
                var changed: Set<String> = []
                var buffer = [UInt8](repeating: 0, count: 64 * 1024)
                while true {
                    let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                    guard count > 0 else { break }
                    var offset = 0
                    while offset + MemoryLayout<inotify_event>.size <= count {
                        let (event, name) = buffer.withUnsafeBytes { bytes -> (inotify_event, String) in
                            let event = bytes.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                            let start = offset + MemoryLayout<inotify_event>.size
                            let raw = bytes[start..<start + Int(event.len)].prefix { $0 != 0 }
                            return (event, String(decoding: raw, as: UTF8.self))
                        }
                        offset += MemoryLayout<inotify_event>.size + Int(event.len)
                        if event.mask & UInt32(IN_Q_OVERFLOW) != 0 {
                            // Events were lost: rebuild everything.
                            changed.insert(WatchedPaths.files[0])
                            continue
                        }
                        guard let folder = folders[event.wd], !name.isEmpty else { continue }
                        let path = folder.isEmpty ? name : "\(folder)/\(name)"
                        let isFolder = event.mask & UInt32(IN_ISDIR) != 0
                        if isFolder, event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0, WatchedPaths.matters(path + "/x") || folder.isEmpty
                        {
                            changed.formUnion(watch(path, recursive: true).filter(WatchedPaths.matters))
                        }
                        if WatchedPaths.matters(path) { changed.insert(path) }
                    }
                }
                return changed
            }
        }
    }
#endif
