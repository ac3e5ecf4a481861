// Source text and locations. A Loc is a half-open byte range inside one source file;
// every AST node, every bytecode instruction and every user error carries one, so that
// tracebacks can underline the failing expression the way CPython 3.11 does.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace gs {

struct Loc {
    int32_t line = 0;      // 1-based; 0 = unknown
    int32_t col = 0;       // 0-based byte offset within the line
    int32_t end_line = 0;
    int32_t end_col = 0;   // exclusive
};

// One program file, kept for the whole run: tracebacks and the GUI print its lines.
struct Source {
    std::string path;      // as shown in tracebacks (absolute, like CPython 3.9+)
    std::string text;
    std::vector<uint32_t> line_starts;  // byte offset of each line's first byte

    Source(std::string p, std::string t);
    int line_count() const { return int(line_starts.size()); }
    // Line n (1-based) without its newline; empty when out of range.
    std::string_view line(int n) const;
};
using SourceRef = std::shared_ptr<const Source>;

// A user-facing error (syntax error, bad scenario value...): a value, never an exception.
struct UserError {
    std::string kind;      // "SyntaxError", "IndentationError", ...
    std::string message;
    SourceRef source;      // may be null
    Loc loc;
    // Renders the CPython form: '  File "p", line N', the source line, the caret line,
    // and 'Kind: message'.
    std::string render() const;
};

}  // namespace gs
