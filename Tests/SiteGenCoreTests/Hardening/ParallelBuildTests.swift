import Foundation
import Synchronization
import Testing

@testable import SiteGenCore

/// Builds scan their pages on both cores from their first page on. libxml2, which reads pages
/// for the link check, set up its global state lazily and unsafely when two threads began at
/// once: a build then waited for ever (in stress runs here, one build in a few dozen, with two
/// builds side by side). Each build is a fresh process, so each one starts libxml2 anew.
@Suite struct ParallelBuildTests {
    @Test func manyFreshBuildsSideBySideAllFinish() throws {
        let sites = try (0..<2).map { _ in try TestSite(MinimalSite.files) }
        let roots = sites.map(\.root)
        let failures = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: roots.count) { index in
            for _ in 0..<40 {
                let result = Result { try runWatched(sitegenExecutable.path, ["build"], in: roots[index], timeout: 30) }
                if case .success(let run) = result, run.status == 0 { continue }
                failures.withLock { $0.append("\(result)") }
                return
            }
        }
        let failed = failures.withLock { $0 }
        #expect(failed.count == 0, "\(failed.count) of 2 series of 40 builds stopped at a build that failed: \(failed.first ?? "")")
        withExtendedLifetime(sites) {}
    }
}
