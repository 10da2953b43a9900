import Testing

@testable import SiteGenCore

/// Files that are not UTF-8: an error naming the file and the byte, never mojibake on a page.
@Suite struct EncodingHardeningTests {
    static let file = "content/briefings/bad.md"
    static let cases: [BadInput] = [
        BadInput(
            "Latin-1", bytes: Array(frontMatter(body: "Caf").utf8) + [0xE9, 0x2E, 0x0A],
            "\(file):7:4: error: file is not valid UTF-8: byte 0xE9 at offset 80; save it as UTF-8"),
        BadInput(
            "UTF-16 with a byte-order mark",
            bytes: [0xFF, 0xFE] + Array(frontMatter().utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
            "\(file):1:1: error: file is UTF-16; save it as UTF-8"),
        BadInput(
            "a stray 0xFF", bytes: Array(frontMatter(body: "A ").utf8) + [0xFF] + Array(" b.\n".utf8),
            "\(file):7:3: error: file is not valid UTF-8: byte 0xFF at offset 79; save it as UTF-8"),
    ]

    @Test(arguments: cases) func namesTheFileAndTheByte(_ input: BadInput) throws {
        try expectBriefing(input)
    }
}
