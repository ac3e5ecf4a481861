#include "sim/core/source.hpp"

#include <string>

namespace gs {

Source::Source(std::string p, std::string t) : path(std::move(p)), text(std::move(t)) {
    line_starts.push_back(0);
    for (uint32_t i = 0; i < text.size(); i++)
        if (text[i] == '\n' && i + 1 < text.size()) line_starts.push_back(i + 1);
}

std::string_view Source::line(int n) const {
    if (n < 1 || n > line_count()) return {};
    uint32_t b = line_starts[n - 1];
    uint32_t e = n < line_count() ? line_starts[n] : uint32_t(text.size());
    std::string_view s(text.data() + b, e - b);
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

// The text CPython 3.11 prints for an uncaught SyntaxError (pythonrun.c's
// print_exception_file_and_line and print_error_text), quirks included: offsets are used in
// whatever unit loc holds them, the caret line counts the text's bytes after stripping its
// indentation, and the line is cut at a NUL byte as C strings are.
std::string UserError::render() const {
    std::string out;
    if (source && loc.line > 0) {
        out += "  File \"" + source->path + "\", line " + std::to_string(loc.line) + "\n";
        std::string_view line = source->line(loc.line);
        std::string text(line);
        if (loc.line <= source->line_count()) {
            size_t end = size_t(line.data() - source->text.data()) + line.size();
            if (end < source->text.size()) text += '\n';  // the file line keeps its newline
        }
        long offset = loc.col + 1, end_offset = loc.end_col + 1;
        int end_line = loc.end_line;
        if (kind != "SyntaxError") {  // CPython ignores the end of SyntaxError's subclasses
            end_offset = -1;
            end_line = loc.line;
        }
        const long line_size = long(text.size());
        if (end_line > loc.line) end_offset = line_size;
        if (end_offset > line_size + 1) end_offset = line_size + 1;
        const long carets = end_offset > 0 && end_offset > offset ? end_offset - offset : 1;
        std::string_view t(text);
        t = t.substr(0, t.find('\0'));
        offset--;
        while (!t.empty() && (t[0] == ' ' || t[0] == '\t' || t[0] == '\f')) {
            t.remove_prefix(1);
            offset--;
        }
        long len = long(t.size());
        if (len > 0 && t[size_t(len - 1)] == '\n') len--;
        if (offset > len) offset = len;
        for (;;) {  // skip lines before the offset, if the text has several
            size_t nl = t.find('\n');
            if (nl == std::string_view::npos || long(nl) >= offset) break;
            t.remove_prefix(nl + 1);
            len -= long(nl + 1);
            offset -= long(nl + 1);
        }
        out += "    ";
        out += t;
        if (size_t(len) >= t.size() || t[size_t(len)] != '\n') out += '\n';
        if (offset >= 0) {
            out += "    ";
            out.append(size_t(offset), ' ');
            out.append(size_t(carets), '^');
            out += '\n';
        }
    }
    out += kind + ": " + message + "\n";
    return out;
}

}  // namespace gs
