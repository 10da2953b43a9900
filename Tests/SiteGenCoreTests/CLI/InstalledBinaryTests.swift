import Foundation
import Testing

@testable import SiteGenCore

private let installedBinary = ProcessInfo.processInfo.environment["SITEGEN_INSTALLED"]

/// The binary that `make install` puts in place, and the packages of `make dist`. `make
/// install-check` builds them and runs this suite with `SITEGEN_INSTALLED` (the installed binary)
/// and `SITEGEN_DIST` (the folder of packages); without them the suite does not run, since a
/// release build takes many minutes.
@Suite(.enabled(if: installedBinary != nil, "run by `make install-check`"))
struct InstalledBinaryTests {
    static let binary = installedBinary
    static let dist = ProcessInfo.processInfo.environment["SITEGEN_DIST"]

    /// The libraries the binary loads, as `ldd` names them.
    func libraries(of path: String) throws -> [String] {
        let ldd = try runWatched("/usr/bin/ldd", [path], in: repositoryRoot)
        #expect(ldd.status == 0, "\(ldd.stderr)")
        return ldd.stdout.split(separator: "\n").compactMap { line in
            line.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init)
        }
    }

    @Test func loadsJemallocAndNoSwiftLibraryNorCmarkNorLibxml2() throws {
        let path = try #require(Self.binary)
        let loaded = try libraries(of: path)
        #expect(loaded.contains { $0.hasPrefix("libc.so") }, "ldd read the binary: \(loaded)")
        for library in loaded {
            #expect(!library.hasPrefix("libswift") && !library.hasPrefix("libFoundation") && !library.hasPrefix("lib_Foundation"))
            #expect(!library.hasPrefix("libdispatch") && !library.hasPrefix("libBlocksRuntime"))
            #expect(!library.hasPrefix("libcmark") && !library.hasPrefix("libxml2"), "\(library) is linked in statically")
        }
        // The allocator the benchmarks measure, shared so that the whole process allocates with
        // it, and the settings it reads from the binary (allocator.c), which must stay exported.
        #expect(loaded.contains { $0.hasPrefix("libjemalloc") }, "\(loaded)")
        let symbols = try runWatched("/usr/bin/nm", ["-D", "--defined-only", path], in: repositoryRoot)
        #expect(symbols.stdout.split(separator: "\n").contains { $0.hasSuffix(" malloc_conf") }, "malloc_conf is not exported")
    }

    /// Without Swift on the path or in the library path, it builds a copy of the repository's site
    /// into the very bytes that the library builds.
    @Test func buildsTheRealSiteAsTheLibraryDoes() throws {
        let path = try #require(Self.binary)
        let site = try TestSite()
        for entry in ["site.yml", "content", "templates", "static"]
        where FileManager.default.fileExists(atPath: repositoryRoot.appendingPathComponent(entry).path) {
            try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent(entry), to: site.root.appendingPathComponent(entry))
        }
        let bare = ["PATH": "/usr/bin:/bin", "HOME": site.root.path, "NO_COLOR": "1"]
        let built = try runWatched(path, ["build", "--strict"], in: site.root, environment: bare)
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stderr == "")
        let expected = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-installed-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: expected) }
        let report = SiteBuilder.build(BuildOptions(siteRoot: site.root, output: expected, strict: true))
        #expect(report.succeeded)
        let installed = try site.outputFiles()
        let library = try TestSite.files(under: expected)
        #expect(installed.keys.sorted() == library.keys.sorted())
        #expect(installed.count > 50)
        for (file, bytes) in library.sorted(by: { $0.key < $1.key }) where installed[file] != bytes {
            Issue.record("public/\(file) differs between the installed binary and the library")
        }
        let version = try runWatched(path, ["--version"], in: site.root, environment: bare)
        #expect(version.status == 0)
        #expect(version.stdout.contains("(cmark "), "\(version.stdout)")
    }

    /// The tarball holds the binary; the Debian package installs it as /usr/bin/sitegen and depends
    /// on the package of every library it loads, and on no Swift one.
    @Test func theTarballAndTheDebianPackageHoldTheBinary() throws {
        let path = try #require(Self.binary)
        let folder = try #require(Self.dist)
        let made = try FileManager.default.contentsOfDirectory(atPath: folder)
        let tarball = try #require(made.first { $0.hasSuffix(".tar.gz") }, "no tarball in \(made)")
        let listing = try runWatched("/bin/tar", ["-tzf", "\(folder)/\(tarball)"], in: repositoryRoot)
        #expect(listing.stdout.split(separator: "\n").contains { $0.hasSuffix("/bin/sitegen") })
        #expect(listing.stdout.contains("/README.md"))
        let package = try #require(made.first { $0.hasSuffix(".deb") }, "no Debian package in \(made)")
        let contents = try runWatched("/usr/bin/dpkg-deb", ["--contents", "\(folder)/\(package)"], in: repositoryRoot)
        #expect(contents.stdout.contains("./usr/bin/sitegen"))
        let depends = try runWatched("/usr/bin/dpkg-deb", ["--field", "\(folder)/\(package)", "Depends"], in: repositoryRoot)
        let packages = depends.stdout.split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        #expect(packages.contains { $0.hasPrefix("libc6 (>= ") }, "\(packages)")
        #expect(!packages.contains { $0.contains("swift") || $0.contains("cmark") || $0.contains("libxml2") })
        // Every library the binary loads has its package named.
        let loaded = try libraries(of: path).filter { !$0.hasPrefix("linux-vdso") }.map { URL(fileURLWithPath: $0).lastPathComponent }
        let owners = Set(
            try loaded.compactMap { library -> String? in
                let found = try runWatched("/usr/bin/dpkg", ["-S", "*/\(library)"], in: repositoryRoot)
                #expect(found.status == 0, "no package holds \(library)")
                return found.stdout.split(separator: ":").first.map(String.init)
            })
        for owner in owners {
            #expect(packages.contains { $0.hasPrefix("\(owner) ") }, "\(owner) is not in Depends: \(packages)")
        }
    }
}
