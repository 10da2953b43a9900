import Foundation
import SiteGenTemplates
import Testing

/// Every case of the official Mustache spec (v1.4, lambdas excepted) renders exactly as expected.
@Suite struct SpecTests {
    @Test func theSuiteIsThere() throws {
        // In CI the suite must be found, never skipped; elsewhere a missing folder only skips it.
        let inCI = ProcessInfo.processInfo.environment["CI"] == "true"
        if SpecCase.all.isEmpty && !inCI {
            print("note: no Mustache spec at \(SpecCase.folder.path); the spec cases are skipped")
            return
        }
        #expect(SpecCase.all.count >= 184, "the spec suite at \(SpecCase.folder.path) has \(SpecCase.all.count) cases")
        #expect(Set(SpecCase.all.map(\.file)) == Set(SpecCase.files))
    }

    @Test(arguments: SpecCase.all)
    func specCase(_ test: SpecCase) throws {
        let output = try test.render()
        #expect(output == test.expected, "template: \(test.template.debugDescription)")
    }
}
