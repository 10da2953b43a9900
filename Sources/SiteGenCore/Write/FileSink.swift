import Foundation

/// One file of a staging folder as it is written, piece by piece. In a folder reused from an
/// earlier build, the file there is compared with the new bytes as they come, and written only
/// from the first piece that differs: a file whose bytes are the same is left as it was, which
/// costs a read from the page cache and spares a write to the disk (on a rebuild of 100,000
/// briefings, a gigabyte of data files and book).
///
/// A symbolic link at the path is never followed (the bytes would land wherever it leads): it is
/// removed, as is an earlier build's folder, or anything but a plain file, where a file goes.
struct FileSink: ~Copyable {
    private let descriptor: Int32
    private let name: String
    /// The earlier file's size, or nil when there was none to compare (or it was emptied).
    private let earlierSize: Int?
    /// Bytes handed so far; the file matches them while `comparing`.
    private var offset = 0
    private var comparing: Bool
    private var scratch: UnsafeMutableRawBufferPointer?

    /// Opens the file at `path` (`name` for errors), to compare with when `reused` and the file
    /// is there, or emptied otherwise. With `size`, the file's bytes are known to be that many:
    /// an earlier file of another size is emptied at once instead of compared.
    init(path: String, name: String, reused: Bool, size: Int? = nil) throws(WriteError) {
        let flags = O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK
        var descriptor: Int32
        var earlier: Int?
        if reused {
            descriptor = try Self.open(path, flags | O_RDWR | Self.noAccessTime, name: name, reused: true)
            var status = stat()
            if fstat(descriptor, &status) != 0 || status.st_mode & S_IFMT != S_IFREG || status.st_nlink != 1 {
                // A device or a pipe left where a page goes: replaced, never read or written; so
                // is a hard link, whose other name (anywhere on the disk) would be written too.
                close(descriptor)
                unlink(path)
                descriptor = try Self.open(path, flags | O_RDWR | O_EXCL, name: name, reused: false)
                status.st_size = 0
            }
            earlier = Int(status.st_size)
            // A file made just now (size 0) needs no emptying: its first piece differs.
            if let size, size != earlier, earlier != 0 {
                guard ftruncate(descriptor, 0) == 0 else {
                    let failure = Self.failure(name)
                    close(descriptor)
                    throw failure
                }
                earlier = nil
            }
        } else {
            descriptor = try Self.open(path, flags | O_WRONLY | O_TRUNC, name: name, reused: false)
        }
        self.descriptor = descriptor
        self.name = name
        earlierSize = earlier
        comparing = earlier != nil
    }

    /// Linux's `O_NOATIME` (which Swift's Glibc does not import): reading a file of the spare to
    /// compare it would otherwise record the time it was read, once after each build, making a
    /// rebuild write every file's inode it leaves alone (105,000 at 100,000 briefings). Only the
    /// file's owner may ask it; for another's file, the file is opened without it.
    #if os(Linux)
        static let noAccessTime: Int32 = 0o1_000_000
    #else
        static let noAccessTime: Int32 = 0
    #endif

    private static func open(_ path: String, _ flags: Int32, name: String, reused: Bool) throws(WriteError) -> Int32 {
        var descriptor = Foundation.open(path, flags, 0o644)
        if descriptor < 0, errno == EPERM, flags & noAccessTime != 0 {
            return try open(path, flags & ~noAccessTime, name: name, reused: reused)
        }
        if descriptor < 0, reused, errno == EISDIR || errno == ELOOP || errno == EACCES {
            if errno == EISDIR { try? FileManager.default.removeItem(atPath: path) } else { unlink(path) }
            descriptor = Foundation.open(path, flags, 0o644)
        }
        guard descriptor >= 0 else { throw failure(name) }
        return descriptor
    }

    private static func failure(_ name: String) -> WriteError {
        WriteError("cannot write \(name): \(String(cString: strerror(errno)))")
    }

    /// Adds the next bytes of the file.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) throws(WriteError) {
        guard bytes.count > 0 else { return }
        if comparing, holds(bytes) {
            offset += bytes.count
            return
        }
        comparing = false
        try Self.write(bytes, to: descriptor, at: offset, name: name)
        offset += bytes.count
    }

    /// Writes all of `bytes` at `offset` of the open file, however many calls it takes.
    static func write(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32, at offset: Int, name: String) throws(WriteError) {
        var written = 0
        while written < bytes.count {
            let count = pwrite(descriptor, bytes.baseAddress! + written, bytes.count - written, off_t(offset + written))
            if count < 0, errno == EINTR { continue }
            guard count != 0 else { throw WriteError("cannot write \(name): the disk took none of its bytes") }
            guard count > 0 else { throw failure(name) }
            written += count
        }
    }

    /// Whether the earlier file holds `bytes` at the current offset.
    private mutating func holds(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let earlierSize, offset + bytes.count <= earlierSize else { return false }
        if (scratch?.count ?? 0) < bytes.count {
            scratch?.deallocate()
            scratch = .allocate(byteCount: bytes.count, alignment: 16)
        }
        let buffer = scratch!.baseAddress!
        var read = 0
        while read < bytes.count {
            let count = pread(descriptor, buffer + read, bytes.count - read, off_t(offset + read))
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return false }
            read += count
        }
        return memcmp(buffer, bytes.baseAddress!, bytes.count) == 0
    }

    /// Ends the file where its last bytes ended: an earlier, longer file is cut there.
    consuming func finish() throws(WriteError) {
        if let earlierSize, earlierSize > offset, ftruncate(descriptor, off_t(offset)) != 0 {
            throw Self.failure(name)
        }
    }

    deinit {
        scratch?.deallocate()
        close(descriptor)
    }
}
