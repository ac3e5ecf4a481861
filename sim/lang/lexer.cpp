// The tokenizer. A port of CPython 3.11's tok_get() (Parser/tokenizer.c): the same
// states, the same error messages and the same error positions, because CPython's
// syntax errors are located by where its tokenizer stood. Comments name the CPython
// construct a piece of code mirrors when that explains an odd-looking rule.
#include "sim/lang/lexer.hpp"

#include <array>

namespace gs::lex {

namespace {

constexpr int kEOF = -1;
constexpr int kMaxLevel = 200;   // CPython's MAXLEVEL (bracket nesting)
constexpr int kMaxIndent = 100;  // MAXINDENT
constexpr int kTabSize = 8;

bool is_digit(int c) { return c >= '0' && c <= '9'; }
bool is_xdigit(int c) { return is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }
bool ident_start(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}
bool ident_char(int c) { return ident_start(c) || is_digit(c); }

class Lexer {
public:
    Lexer(std::string_view text, const std::string& path, const LexOptions& opt)
        : path_(path), opt_(opt), lineno_(opt.first_line) {
        out_.buf = as_read(text);
        if (out_.buf.compare(0, 3, "\xEF\xBB\xBF") == 0) cur_ = line_end_ = 3;  // skip a BOM
    }

    Lexed run() {
        while (step()) continue;
        return std::move(out_);
    }

private:
    // ---- character input: CPython's tok_nextc() / tok_backup() ----------------------
    int nextc() {
        const std::string& b = out_.buf;
        if (failed_) return kEOF;
        if (cur_ == line_end_) {
            if (cur_ >= b.size()) return kEOF;
            if (loaded_any_) lineno_++;
            loaded_any_ = true;
            line_start_ = cur_;
            size_t nl = b.find('\n', cur_);
            line_end_ = nl == std::string::npos ? b.size() : nl + 1;
            if (!opt_.fstring_expr && !check_line()) return kEOF;
        }
        return (unsigned char)b[cur_++];
    }
    void backup(int c) {
        if (c != kEOF && cur_ > 0) cur_--;
    }

    // CPython checks each line as it reads it: null bytes, then UTF-8.
    bool check_line() {
        std::string_view line =
            std::string_view(out_.buf).substr(line_start_, line_end_ - line_start_);
        if (line.find('\0') != std::string_view::npos) {
            fail_raw("SyntaxError", "source code cannot contain null bytes",
                     {lineno_, -1, lineno_, -1}, ErrorClass::Raised);
            return false;
        }
        if (std::optional<std::string> m = non_utf8_message(line, path_, lineno_)) {
            fail_raw("SyntaxError", std::move(*m), {}, ErrorClass::Raised);
            return false;
        }
        return true;
    }

    // ---- errors ----------------------------------------------------------------------
    void fail_raw(std::string kind, std::string msg, Loc loc, ErrorClass cls) {
        if (failed_) return;
        failed_ = true;
        LexError e;
        e.kind = std::move(kind);
        e.message = std::move(msg);
        e.loc = loc;
        e.cls = cls;
        if (level_ > 0) {
            e.paren = paren_[level_ - 1];
            e.paren_line = paren_line_[level_ - 1];
            e.paren_col = paren_col_[level_ - 1];
        }
        if (opt_.fstring_expr) {
            size_t nl = out_.buf.find('\n', line_start_);
            e.text = out_.buf.substr(
                line_start_, nl == std::string::npos ? std::string::npos : nl - line_start_);
        }
        out_.error = std::move(e);
    }
    // CPython's syntaxerror(): the offset counts characters up to the cursor.
    bool raise(const std::string& msg, size_t cur_pos) {
        int off =
            utf8_length(std::string_view(out_.buf).substr(line_start_, cur_pos - line_start_));
        fail_raw("SyntaxError", msg, {lineno_, off - 1, lineno_, off - 1}, ErrorClass::Raised);
        return emit_error();
    }
    bool raise(const std::string& msg) { return raise(msg, cur_); }
    // Errors CPython reports from the parser side through tok->done (E_DEDENT, ...).
    bool passive(const char* kind, const char* msg, int col, int end_col) {
        fail_raw(kind, msg, {lineno_, col, lineno_, end_col}, ErrorClass::Passive);
        return emit_error();
    }
    bool emit_error() {
        emit_positionless(Tok::Error, true);
        return false;
    }
    bool eof_in_paren() {
        fail_raw("SyntaxError", "", {}, ErrorClass::EofInParen);
        out_.error = never_closed(*out_.error);
        return emit_error();
    }

    // ---- token output ----------------------------------------------------------------
    void emit(Tok k, size_t start, size_t end, int line, size_t start_ls) {
        Token t;
        t.kind = k;
        t.level = uint8_t(level_);
        t.line = line;
        t.col = start >= start_ls ? int(start - start_ls) : -1;
        t.end_line = lineno_;
        t.end_col = end >= line_start_ ? int(end - line_start_) : -1;
        // pegen shifts tokens that end on the first line of an f-string expression.
        if (lineno_ == opt_.first_line) {
            t.col += opt_.first_col_shift;
            t.end_col += opt_.first_col_shift;
        }
        t.start = uint32_t(start);
        t.end = uint32_t(end);
        out_.tokens.push_back(t);
    }
    void emit_here(Tok k, size_t start) { emit(k, start, cur_, lineno_, line_start_); }
    // INDENT/DEDENT/ENDMARKER: CPython reports errors on them at the cursor.
    void emit_positionless(Tok k, bool at_eof) {
        Token t;
        t.kind = k;
        t.level = uint8_t(level_);
        t.line = t.end_line = lineno_;
        t.col = at_eof ? -1 : int(cur_ - line_start_) - 1;
        t.end_col = -2;
        t.start = t.end = uint32_t(cur_);
        out_.tokens.push_back(t);
    }

    bool step();
    bool indentation(bool* blankline);
    int continuation_line(bool at_bol);
    bool identifier(int c, size_t start);
    bool number(int c, size_t start, bool after_dot);
    bool string(int c, size_t start);
    bool decimal_tail(int* c);
    bool end_of_number(int c, const char* kind);
    bool lookahead(const char* test);
    bool verify_identifier(size_t start);
    bool operator_or_bracket(int c, size_t start);

    Lexed out_;
    const std::string& path_;
    LexOptions opt_;
    size_t cur_ = 0, line_start_ = 0, line_end_ = 0;
    int lineno_;
    bool loaded_any_ = false, failed_ = false, atbol_ = true;
    int pendin_ = 0;
    bool pending_at_eof_ = false;
    int level_ = 0;
    std::array<char, kMaxLevel> paren_{};
    std::array<int, kMaxLevel> paren_line_{}, paren_col_{};
    std::vector<int> indstack_{0}, altindstack_{0};
};

bool Lexer::step() {
    for (;;) {  // CPython's "nextline:"
        bool blankline = false;
        if (atbol_ && !indentation(&blankline)) return false;
        if (pendin_ != 0) {
            emit_positionless(pendin_ < 0 ? Tok::Dedent : Tok::Indent,
                              pendin_ < 0 && pending_at_eof_);
            pendin_ += pendin_ < 0 ? 1 : -1;
            return true;
        }
        for (;;) {  // "again:"
            int c;
            do {
                c = nextc();
            } while (c == ' ' || c == '\t' || c == '\f');
            size_t start = cur_ > 0 ? cur_ - 1 : 0;  // a NEWLINE starts at a comment
            if (c == '#')
                while (c != kEOF && c != '\n') c = nextc();
            if (c == kEOF) {
                if (failed_) return emit_error();
                if (level_ > 0) return eof_in_paren();
                emit_positionless(Tok::EndMarker, true);
                return false;
            }
            if (ident_start(c)) return identifier(c, start);
            if (c == '\n') {
                atbol_ = true;
                if (blankline || level_ > 0) break;
                emit(Tok::Newline, start, cur_ - 1, lineno_, line_start_);
                return true;
            }
            if (c == '.') {
                int c2 = nextc();
                if (is_digit(c2)) return number(c2, start, true);
                if (c2 == '.') {
                    int c3 = nextc();
                    if (c3 == '.') {
                        emit_here(Tok::Ellipsis, start);
                        return true;
                    }
                    backup(c3);
                }
                backup(c2);
                emit_here(Tok::Dot, start);
                return true;
            }
            if (is_digit(c)) return number(c, start, false);
            if (c == '\'' || c == '"') return string(c, start);
            if (c == '\\') {
                if (continuation_line(false) == -1) return false;
                continue;
            }
            return operator_or_bracket(c, start);
        }
    }
}

// The indentation of a new logical line: pushes INDENTs / DEDENTs (CPython's atbol).
bool Lexer::indentation(bool* blankline) {
    int col = 0, altcol = 0, cont_line_col = 0;
    atbol_ = false;
    int c;
    for (;;) {
        c = nextc();
        if (c == ' ') {
            col++, altcol++;
        } else if (c == '\t') {
            col = (col / kTabSize + 1) * kTabSize;
            altcol++;  // the alternate tab size is 1, to detect tab/space mixes
        } else if (c == '\f') {
            col = altcol = 0;
        } else if (c == '\\') {
            // The first backslash found determines the indentation of what follows.
            cont_line_col = cont_line_col ? cont_line_col : col;
            if (continuation_line(true) == -1) return false;
        } else {
            break;
        }
    }
    backup(c);
    if (failed_) return emit_error();
    pending_at_eof_ = c == kEOF;
    if (c == '#' || c == '\n') *blankline = true;
    if (*blankline || level_ != 0) return true;
    if (cont_line_col) col = altcol = cont_line_col;
    auto tab_error = [&] {
        cur_ = line_end_;
        return passive("TabError", "inconsistent use of tabs and spaces in indentation", 0, -1);
    };
    if (col == indstack_.back()) {
        if (altcol != altindstack_.back()) return tab_error();
    } else if (col > indstack_.back()) {
        if (int(indstack_.size()) >= kMaxIndent) {
            cur_ = line_end_;
            return passive("IndentationError", "too many levels of indentation", 0, -1);
        }
        if (altcol <= altindstack_.back()) return tab_error();
        pendin_++;
        indstack_.push_back(col);
        altindstack_.push_back(altcol);
    } else {
        while (indstack_.size() > 1 && col < indstack_.back()) {
            pendin_--;
            indstack_.pop_back();
            altindstack_.pop_back();
        }
        if (col != indstack_.back()) {
            // CPython moves the cursor to the end of the line and reports it there.
            cur_ = line_end_;
            return passive("IndentationError",
                           "unindent does not match any outer indentation level",
                           int(line_end_ - line_start_) - 1, -2);
        }
        if (altcol != altindstack_.back()) return tab_error();
    }
    return true;
}

// After a backslash: the next character must end the line (tok_continuation_line).
int Lexer::continuation_line(bool at_bol) {
    int c = nextc();
    if (c != '\n') {
        passive("SyntaxError", "unexpected character after line continuation character",
                int(cur_ - line_start_) - 1, -1);
        return -1;
    }
    c = nextc();
    if (c == kEOF) {
        if (failed_) {
            emit_error();
        } else if (level_ > 0) {
            eof_in_paren();
        } else {
            // At the start of a line CPython's buffer is empty: no column.
            int col = at_bol ? -1 : int(line_end_ - line_start_) - 1;
            passive("SyntaxError", "unexpected EOF while parsing", col, -2);
        }
        return -1;
    }
    backup(c);
    return c;
}

bool Lexer::identifier(int c, size_t start) {
    // String prefixes: any order and case of b/r/u/f that CPython accepts.
    bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
    for (;;) {
        if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B'))
            saw_b = true;
        else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U'))
            saw_u = true;
        else if (!(saw_r || saw_u) && (c == 'r' || c == 'R'))
            saw_r = true;
        else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F'))
            saw_f = true;
        else
            break;
        c = nextc();
        if (c == '"' || c == '\'') return string(c, start);
    }
    bool nonascii = false;
    while (ident_char(c)) {
        if (c >= 128) nonascii = true;
        c = nextc();
    }
    backup(c);
    if (nonascii && !verify_identifier(start)) return false;
    emit_here(keyword_or_name(std::string_view(out_.buf).substr(start, cur_ - start)), start);
    return true;
}

bool Lexer::verify_identifier(size_t start) {
    std::string msg;
    size_t bad_end =
        invalid_identifier(std::string_view(out_.buf).substr(start, cur_ - start), &msg);
    return bad_end == 0 || raise(msg, start + bad_end);
}

bool Lexer::decimal_tail(int* cp) {
    int c;
    for (;;) {
        do {
            c = nextc();
        } while (is_digit(c));
        if (c != '_') break;
        c = nextc();
        if (!is_digit(c)) {
            backup(c);
            return raise("invalid decimal literal");
        }
    }
    *cp = c;
    return true;
}

// Whether the next characters are `test` and end a word; reads nothing either way.
bool Lexer::lookahead(const char* test) {
    const char* s = test;
    int c;
    while ((c = nextc()) == *s && *s) s++;
    const bool res = *s == 0 && !ident_char(c);
    backup(c);
    while (s != test) backup(*--s);
    return res;
}

// verify_end_of_number(): a literal may touch a keyword that can follow it in valid
// code ("1if x else y": CPython warns and accepts), but not other identifiers.
bool Lexer::end_of_number(int c, const char* kind) {
    bool keyword = false;  // and, else, for, if, in, is, not, or
    for (const char* k : {"and", "else", "for", "not", "or"})
        if (c == k[0]) keyword = lookahead(k + 1);
    if (c == 'i') {
        int c2 = nextc();
        keyword = c2 == 'f' || c2 == 'n' || c2 == 's';
        backup(c2);
    }
    if (keyword || c < 0 || c >= 128 || !ident_char(c)) return true;
    backup(c);
    return raise(std::string("invalid ") + kind + " literal");
}

bool Lexer::number(int c, size_t start, bool after_dot) {
    int e = 0;
    if (after_dot) goto fraction;
    if (c == '0') {
        c = nextc();
        if (c == 'x' || c == 'X' || c == 'o' || c == 'O' || c == 'b' || c == 'B') {
            const char base = char(c | 0x20);
            const char* kind = base == 'x' ? "hexadecimal" : base == 'o' ? "octal" : "binary";
            auto in_base = [base](int d) {
                return base == 'x' ? is_xdigit(d) : d >= '0' && d <= (base == 'o' ? '7' : '1');
            };
            auto bad_digit = [&] {
                return raise(std::string("invalid digit '") + char(c) + "' in " + kind +
                             " literal");
            };
            c = nextc();
            do {
                if (c == '_') c = nextc();
                if (!in_base(c)) {
                    if (base != 'x' && is_digit(c)) return bad_digit();
                    backup(c);
                    return raise(std::string("invalid ") + kind + " literal");
                }
                do {
                    c = nextc();
                } while (in_base(c));
            } while (c == '_');
            if (base != 'x' && is_digit(c)) return bad_digit();
            if (!end_of_number(c, kind)) return false;
            goto done;
        }
        {
            bool nonzero = false;
            for (;;) {  // maybe an old-style octal literal: "0777"
                if (c == '_') {
                    c = nextc();
                    if (!is_digit(c)) {
                        backup(c);
                        return raise("invalid decimal literal");
                    }
                }
                if (c != '0') break;
                c = nextc();
            }
            size_t zeros_end = cur_;
            if (is_digit(c)) {
                nonzero = true;
                if (!decimal_tail(&c)) return false;
            }
            if (c == '.') {
                c = nextc();
                goto fraction;
            }
            if (c == 'e' || c == 'E') goto exponent;
            if (c == 'j' || c == 'J') goto imaginary;
            if (nonzero) {
                backup(c);
                // syntaxerror_known_range: byte offsets, not characters
                fail_raw(
                    "SyntaxError",
                    "leading zeros in decimal integer literals are not "
                    "permitted; use an 0o prefix for octal integers",
                    {lineno_, int(start - line_start_), lineno_, int(zeros_end - line_start_) - 1},
                    ErrorClass::Raised);
                return emit_error();
            }
            if (!end_of_number(c, "decimal")) return false;
            goto done;
        }
    }
    if (!decimal_tail(&c)) return false;
    if (c == '.') {
        c = nextc();
    fraction:
        if (is_digit(c) && !decimal_tail(&c)) return false;
    }
    if (c == 'e' || c == 'E') {
    exponent:
        e = c;
        c = nextc();
        if (c == '+' || c == '-') {
            c = nextc();
            if (!is_digit(c)) {
                backup(c);
                return raise("invalid decimal literal");
            }
        } else if (!is_digit(c)) {
            backup(c);
            if (!end_of_number(e, "decimal")) return false;
            backup(e);
            emit_here(Tok::Number, start);
            return true;
        }
        if (!decimal_tail(&c)) return false;
    }
    if (c == 'j' || c == 'J') {
    imaginary:
        c = nextc();
        if (!end_of_number(c, "imaginary")) return false;
    } else if (!end_of_number(c, "decimal")) {
        return false;
    }
done:
    backup(c);
    emit_here(Tok::Number, start);
    return true;
}

bool Lexer::string(int quote, size_t start) {
    const int first_lineno = lineno_;
    const size_t multi_start = line_start_;
    int quote_size = 1, end_quote_size = 0;
    int c = nextc();
    if (c == quote) {
        c = nextc();
        if (c == quote)
            quote_size = 3;
        else
            end_quote_size = 1;  // the empty string
    }
    if (c != quote) backup(c);
    while (end_quote_size != quote_size) {
        c = nextc();
        if (failed_) return emit_error();
        if (c == kEOF || (quote_size == 1 && c == '\n')) {
            // Reported at the start of the literal, naming the line where it was noticed.
            const int detected = lineno_;
            lineno_ = first_lineno;
            line_start_ = multi_start;
            return raise(std::string(quote_size == 3 ? "unterminated triple-quoted string literal"
                                                     : "unterminated string literal") +
                             " (detected at line " + std::to_string(detected) + ")",
                         start + 1);
        }
        if (c == quote) {
            end_quote_size++;
        } else {
            end_quote_size = 0;
            if (c == '\\') nextc();  // the escaped character, a newline included
        }
    }
    emit(Tok::String, start, cur_, first_lineno, multi_start);
    return true;
}

bool Lexer::operator_or_bracket(int c, size_t start) {
    int c2 = nextc();
    Tok two = two_char_token(c, c2);
    if (two != Tok::Unknown) {
        int c3 = nextc();
        Tok three = three_char_token(two, c3);
        if (three != Tok::Unknown)
            two = three;
        else
            backup(c3);
        emit_here(two, start);
        return true;
    }
    backup(c2);
    switch (c) {
    case '(':
    case '[':
    case '{':
        if (level_ >= kMaxLevel) return raise("too many nested parentheses");
        paren_[level_] = char(c);
        paren_line_[level_] = lineno_;
        paren_col_[level_] = int(start - line_start_);
        level_++;
        break;
    case ')':
    case ']':
    case '}': {
        if (level_ == 0) return raise(std::string("unmatched '") + char(c) + "'");
        level_--;
        const char opening = paren_[level_];
        if (opening != (c == ')' ? '(' : c == ']' ? '[' : '{')) {
            std::string msg = std::string("closing parenthesis '") + char(c) +
                              "' does not match opening parenthesis '" + opening + "'";
            if (paren_line_[level_] != lineno_)
                msg += " on line " + std::to_string(paren_line_[level_]);
            return raise(msg);
        }
        break;
    }
    default: break;
    }
    if (c < 0x20 || c == 0x7f) return raise(non_printable_message(char32_t(c)));
    emit_here(one_char_token(c), start);
    return true;
}

}  // namespace

Lexed tokenize(std::string_view text, const std::string& path, const LexOptions& opt) {
    return Lexer(text, path, opt).run();
}

}  // namespace gs::lex
