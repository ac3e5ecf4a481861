// The tokenizer's tables and text helpers: Unicode character classes (identifiers,
// printability), the spelling of keywords and operators, UTF-8, and the wording of the
// messages about characters. lexer.cpp holds the tokenizer's logic.
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sim/lang/lexer.hpp"

namespace gs::lex {

namespace {

// Unicode 14 character classes above U+007F (see UniClass), as a run-length list of
// (distance from the previous boundary * 4 + class) numbers, each written in base 32
// with the digits "A-Za-z0-9+/" where the upper half of the alphabet marks "more digits
// follow". Generated with Python 3.11:
//   cls = 0 if not ch.isprintable() else 3 if ch.isidentifier()
//         else 2 if ("a" + ch).isidentifier() else 1
constexpr const char kUniTable[] =
    "AkFhHFIFfFGFLFXidHjdHh5JThRhbVfFHFiGuDVHIJHNHERLGHMHEHiQHqNHxNGVL0YHkYLFblFIJMGlVGFGJGJG"
    "EhDjMTRIiFhKhNEFPlOjdTKHsNHGcFGbKJGTKhLNLFhYLGHjajMLrGhPEhahLkGhHJTEKFLiaTGhHGPGUJhcHjGM"
    "JEHhMXjBHYhGhDlKjAGkHmaPGiLGfhKJKhJHiCMHhALILiYHcHEPQKHGcKIKPEhCETIHOIKhLJhLFGEKMHYTILiY"
    "HcHIHIHIKEGUSIKMOEfQHEehTOFEhKMHhEHMHiYHcHIHUKHGhAGMGMLEhfKIKhJIfGYGMHhALILiYHcHIHUKHGcK"
    "IKMeMTIHOIKhJHFYhKHEHYPMHQPIHEHIPIPMPhQSUOMGQLEaEhahJhMWXhAHMHicHiAKHGcGMGQeIHMLELKIKhId"
    "hHGNHhAHMHicHhIHUKHGcGMGQeIbIHKIKhIHIhWThEHMHlGLGcGMGTFETOFfOIKhJhLYGMHiIPjAHhEHELcOESYG"
    "EGhAahIKJEhTmCHGhARHehBGhJIkXIHEHUHjAHEHhKHGhLELUHEGYKhILQkDFieJahJhOFGFGFSLhAHkQSiRGLWh"
    "MGkQFhCFYFhUkXlOiTGhJbaTSPGPKfOThWhTGhdLkYHEXELlNHhpUHQLcHEHQLlEHQLkEHQLcHEHQLhcHnEHQLoM"
    "KNhGhFhMPiBhIbqYLYJHitRLiEHjJIPpNPhMfiKQhHiONIhHiKIhThUHMGIhTmSkBPFTGEKhIZhIZhOMGhMbrEfl"
    "GHEXoYhLjcGhQShQRENKhLjYLUhPlQTjIahMNkLieUJLmWhIGjUKhMahIZfFYKhZGiAmGXleiHhAOhJiGhFhMGPj"
    "ahXKhLlShYhBTkSiQNWhIPOhLkRLhEflMLNhAhCNGiXSHaHKPEX4CoDhiYLYLkYLYLhAHEHEHEHjcLmUHdHFPMHd"
    "PQLYFPhVMLMHdIiFjAhBheJiOFhIiFHEJhPFhcHhUNkEhehVSFOhQhdLFTFLhJHFLZbFHFHFHiBLRXVTFiHlFMRi"
    "ycjFhMiVniQJkAFtH8VbSPIVfkYHEXELnAfFEhaHichHcHcHcHcHcHcHcHcGkBrYkJjIFrEhR6YjJhQVTNjHhGZH"
    "VLVMHqYKJLNHrJHQXlMHrYFiDkBkQhTiBjcFh8D54BoDi2xUNmchHlZLhhVPiChLIiTleFShJHjeLqCJYhBifhFL"
    "sdLoAXIHEHUjDiCHOHSHieVSENhIbmRQhCLmKiIhBKhIaiLZPFHKhPjShBLiehUhNHjUOTlehZhUHGhIRLWHhKhL"
    "UHlGhYhHOHhCIKhIJTidPGPmKHGPKLWLGHEjDNLhOVLOIhLYLYLYhHcHcHlNHhZITuOhBGIKhIbhr0QhTicTmEhh"
    "gThtYLtIkbchTUXGHhJHhUHUHEHIHIHtRiEiDxNb7JiLoALmYdEkDhJaiBhIaiBOJjCNMFiMFQRHFHFEFHFHFHFH"
    "FHvYRhehJfjJSFHjJhPnCLjcPYLYLYLMNcFchVILhQHjIHiMHIHhcLhYkLvMVMRlUNhHmVjIFhUNEldlWEwLjUPm"
    "EheFjMTkBQhHjYXkaUXjYFHkQThBHUlLzYKhIbkQTkQTlAhDmQhNHhMHhcHcHIHhMHhcHcHIoPhmchHiYhLhAjDY"
    "HlIHhEoXYLEHlQHIPELicFhHidhHjchBhEmDiMHIVXiZYNHjIVEoDnARLJiAJlbGMGIWTQHMHjUKMSFhEdhEfjVP"
    "jVMkDhBHjSIRhQhHmYNfiYJhDiMVhDiIdQhRcqDpEmfmMhXmMdbkSQhChIhkZjcHlIGJELIpbjVhLEhDiahNhEib"
    "iKRQkbiVciTichGPmWhdcRiShPKLEhGTlWhNIFSEhXjEehIaPkShYGhJTGLEhDkOFLEhGPmChbRSRGhTFHFMFiQh"
    "PiIHjGhRaEoHcHEHQHhcHhJEblehQWhIaQHhALILiYHcHIHUGLGcKIKMLEaEXWIKcOUxPmWiLRWhJIFGHMjbmCiT"
    "JHEhChI0blecKhFifSIkLmCiFPEhOhIZhUiPlOhXFEahImbjMKhcShJbc3HlShdEsToChJhEhThALELhAHIHjCYG"
    "IKTGHGJMhGhIobhALkecKfFHGEjPGhLlCfGRhCEhDGhPlaiBPFUhXpEhgfhEHkWhAGhDFUhKhJiMNLjYKiYGhYpH"
    "cHIHkaYOEGIGfGEhChIbYHIHkCUGIGXEehIhmbiORI2fEhdmIhVHjzIsbtcFUhP4QqpTsFIhXklcv6Hiochh3Hin"
    "EfjcGhIRLpcGhIbjYKVEhLmCdhHRIhKhIFcHiUXiMi2DoBjMsXpMSHGmceThUoDJHGEhOIhb3/AhDk6YlLhEhi8f"
    "QHcHIHhkMlXMiHQhDhxQpgTtMXhUPhEfhIJGJEysClYKichFuQnR+YhJkcJnSVOYhChBKdjaRnUiVoKNEzJiQhRq"
    "chFjEwfqUHocHILELILQHhQHEHcHoEHQLhAHcHjQHQHUHEPcHhqQLjFHjFHjdHjFHjdHjFHjdHjFHjdHjFHhAKmJ"
    "igCmdSmJhCFhaFcheUGhckqDjc8GcGiEKcGIGU6XlUOfcKhITFEhoDjaEiHlShYVEk8DcHQHIHhcH4UJhGclHoSf"
    "EShIRIjiFoQpRnU4LQHjMHIHELEHhIHQHEHEbETEHEHEHMHIHELEHEHEHEHEHIHELQHcHQHQHEHhIHiEXMHUHiEm"
    "RIhhZlQRsQhRhcJhcFhcFkUhJ1YnBjUhVlQRhEdIhZYzJj7AViANhUNuQhRrEdhQREhdhQRnAhBhIZlAhBjYJIpZ"
    "hqQhRhYJUNUNchFjUNhMVYhJhIZhAhBchFyMFmckWhIkgblm8AkDwnEf7YL2wIhb9mEsjfijYl8LzpMi3t2W+A";

struct UniRun {
    char32_t start;
    UniClass cls;
};

// Decoded once; a function-local static is immutable after initialization.
const std::vector<UniRun>& uni_runs() {
    static const std::vector<UniRun> runs = [] {
        std::vector<UniRun> r;
        std::string_view alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        uint32_t v = 0;
        char32_t pos = 0x80;
        for (char ch : std::string_view(kUniTable)) {
            uint32_t d = uint32_t(alpha.find(ch));
            v = v * 32 + (d & 31);
            if (d < 32) {
                pos += v >> 2;
                r.push_back({pos, UniClass(v & 3)});
                v = 0;
            }
        }
        return r;
    }();
    return runs;
}

// CPython's lax valid_utf8(): length of the sequence at s, 0 if invalid.
int lax_utf8_len(const unsigned char* s, const unsigned char* end) {
    if (*s < 0x80) return 1;
    int expected;
    if (*s < 0xc0)
        return 0;
    else if (*s < 0xe0)
        expected = 1;
    else if (*s < 0xf0)
        expected = 2;
    else if (*s < 0xf8)
        expected = 3;
    else
        return 0;
    if (end - s <= expected) return 0;
    for (int k = 1; k <= expected; k++)
        if (s[k] < 0x80 || s[k] >= 0xc0) return 0;
    return expected + 1;
}

// A sequence CPython's lax check lets through but its decoder rejects (overlong forms,
// surrogates, > U+10FFFF). gilsim reports these like other non-UTF-8 input.
bool strict_utf8_ok(const unsigned char* s, int len) {
    if (len == 1) return true;
    char32_t c = s[0] & (0xff >> (len + 1));
    for (int k = 1; k < len; k++) c = (c << 6) | (s[k] & 0x3f);
    static constexpr char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    return c >= kMin[len] && c <= 0x10ffff && !(c >= 0xd800 && c <= 0xdfff);
}

}  // namespace

Tok keyword_or_name(std::string_view s) {
    switch (s.size()) {
    case 2:
        if (s == "if") return Tok::KwIf;
        if (s == "in") return Tok::KwIn;
        if (s == "is") return Tok::KwIs;
        if (s == "or") return Tok::KwOr;
        if (s == "as") return Tok::KwAs;
        break;
    case 3:
        if (s == "and") return Tok::KwAnd;
        if (s == "def") return Tok::KwDef;
        if (s == "del") return Tok::KwDel;
        if (s == "for") return Tok::KwFor;
        if (s == "not") return Tok::KwNot;
        if (s == "try") return Tok::KwTry;
        break;
    case 4:
        if (s == "None") return Tok::KwNone;
        if (s == "True") return Tok::KwTrue;
        if (s == "elif") return Tok::KwElif;
        if (s == "else") return Tok::KwElse;
        if (s == "from") return Tok::KwFrom;
        if (s == "pass") return Tok::KwPass;
        if (s == "with") return Tok::KwWith;
        break;
    case 5:
        if (s == "False") return Tok::KwFalse;
        if (s == "async") return Tok::KwAsync;
        if (s == "await") return Tok::KwAwait;
        if (s == "break") return Tok::KwBreak;
        if (s == "class") return Tok::KwClass;
        if (s == "raise") return Tok::KwRaise;
        if (s == "while") return Tok::KwWhile;
        if (s == "yield") return Tok::KwYield;
        break;
    case 6:
        if (s == "assert") return Tok::KwAssert;
        if (s == "except") return Tok::KwExcept;
        if (s == "global") return Tok::KwGlobal;
        if (s == "import") return Tok::KwImport;
        if (s == "lambda") return Tok::KwLambda;
        if (s == "return") return Tok::KwReturn;
        break;
    case 7:
        if (s == "finally") return Tok::KwFinally;
        break;
    case 8:
        if (s == "continue") return Tok::KwContinue;
        if (s == "nonlocal") return Tok::KwNonlocal;
        break;
    }
    return Tok::Name;
}

Tok one_char_token(int c) {
    switch (c) {
    case '%': return Tok::Percent;
    case '&': return Tok::Amper;
    case '(': return Tok::LPar;
    case ')': return Tok::RPar;
    case '*': return Tok::Star;
    case '+': return Tok::Plus;
    case ',': return Tok::Comma;
    case '-': return Tok::Minus;
    case '.': return Tok::Dot;
    case '/': return Tok::Slash;
    case ':': return Tok::Colon;
    case ';': return Tok::Semi;
    case '<': return Tok::Less;
    case '=': return Tok::Equal;
    case '>': return Tok::Greater;
    case '@': return Tok::At;
    case '[': return Tok::LSqb;
    case ']': return Tok::RSqb;
    case '^': return Tok::Circumflex;
    case '{': return Tok::LBrace;
    case '|': return Tok::VBar;
    case '}': return Tok::RBrace;
    case '~': return Tok::Tilde;
    default: return Tok::Unknown;
    }
}

// PyToken_TwoChars; Unknown when the pair is not an operator.
Tok two_char_token(int c1, int c2) {
    switch (c1) {
    case '!': return c2 == '=' ? Tok::NotEqual : Tok::Unknown;
    case '%': return c2 == '=' ? Tok::PercentEqual : Tok::Unknown;
    case '&': return c2 == '=' ? Tok::AmperEqual : Tok::Unknown;
    case '*': return c2 == '*' ? Tok::DoubleStar : c2 == '=' ? Tok::StarEqual : Tok::Unknown;
    case '+': return c2 == '=' ? Tok::PlusEqual : Tok::Unknown;
    case '-': return c2 == '=' ? Tok::MinEqual : c2 == '>' ? Tok::RArrow : Tok::Unknown;
    case '/': return c2 == '/' ? Tok::DoubleSlash : c2 == '=' ? Tok::SlashEqual : Tok::Unknown;
    case ':': return c2 == '=' ? Tok::ColonEqual : Tok::Unknown;
    case '<':
        return c2 == '<'   ? Tok::LeftShift
               : c2 == '=' ? Tok::LessEqual
               : c2 == '>' ? Tok::LtGt
                           : Tok::Unknown;
    case '=': return c2 == '=' ? Tok::EqEqual : Tok::Unknown;
    case '>': return c2 == '=' ? Tok::GreaterEqual : c2 == '>' ? Tok::RightShift : Tok::Unknown;
    case '@': return c2 == '=' ? Tok::AtEqual : Tok::Unknown;
    case '^': return c2 == '=' ? Tok::CircumflexEqual : Tok::Unknown;
    case '|': return c2 == '=' ? Tok::VBarEqual : Tok::Unknown;
    default: return Tok::Unknown;
    }
}

Tok three_char_token(Tok two, int c3) {
    if (c3 != '=') return Tok::Unknown;
    switch (two) {
    case Tok::DoubleStar: return Tok::DoubleStarEqual;
    case Tok::DoubleSlash: return Tok::DoubleSlashEqual;
    case Tok::LeftShift: return Tok::LeftShiftEqual;
    case Tok::RightShift: return Tok::RightShiftEqual;
    default: return Tok::Unknown;
    }
}

std::string_view tok_spelling(Tok t) {
    static constexpr std::string_view kNames[] = {
#define GS_TOKEN_NAME(name, text) text,
        GS_TOKEN_KINDS(GS_TOKEN_NAME)
#undef GS_TOKEN_NAME
    };
    return kNames[size_t(t)];
}

UniClass unicode_class(char32_t c) {
    if (c < 0x80) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_') return UniClass::IdStart;
        if (c >= '0' && c <= '9') return UniClass::IdContinue;
        return c >= 0x20 && c < 0x7f ? UniClass::Printable : UniClass::NonPrintable;
    }
    const auto& runs = uni_runs();
    size_t lo = 0, hi = runs.size();  // find the last run starting at or before c
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (runs[mid].start <= c)
            lo = mid;
        else
            hi = mid;
    }
    return runs[lo].cls;
}

char32_t decode_utf8(std::string_view s, size_t i, int* len) {
    auto b = [&](size_t k) { return k < s.size() ? (unsigned char)s[k] : 0u; };
    unsigned c0 = b(i);
    if (c0 < 0x80) return *len = 1, c0;
    if (c0 < 0xe0) return *len = 2, ((c0 & 0x1f) << 6) | (b(i + 1) & 0x3f);
    if (c0 < 0xf0)
        return *len = 3, ((c0 & 0x0f) << 12) | ((b(i + 1) & 0x3f) << 6) | (b(i + 2) & 0x3f);
    *len = 4;
    return ((c0 & 0x07) << 18) | ((b(i + 1) & 0x3f) << 12) | ((b(i + 2) & 0x3f) << 6) |
           (b(i + 3) & 0x3f);
}

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xc0 | (c >> 6));
        out += char(0x80 | (c & 0x3f));
    } else if (c < 0x10000) {
        out += char(0xe0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3f));
        out += char(0x80 | (c & 0x3f));
    } else {
        out += char(0xf0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3f));
        out += char(0x80 | ((c >> 6) & 0x3f));
        out += char(0x80 | (c & 0x3f));
    }
}

int utf8_valid_length(const unsigned char* s, const unsigned char* end) {
    int len = lax_utf8_len(s, end);
    return len && strict_utf8_ok(s, len) ? len : 0;
}

namespace {

std::string hex4(char32_t c) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04X", unsigned(c));
    return buf;
}

bool ascii_ident(char32_t c, bool first) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
           (!first && c >= '0' && c <= '9');
}

}  // namespace

std::string as_read(std::string_view text) {
    std::string b;
    b.reserve(text.size() + 1);
    for (size_t k = 0; k < text.size(); k++) {
        if (text[k] == '\r' && k + 1 < text.size() && text[k + 1] == '\n') continue;
        b.push_back(text[k]);
    }
    if (!b.empty() && b.back() != '\n') b.push_back('\n');  // CPython fakes it too
    return b;
}

LexError never_closed(const LexError& e) {
    LexError r = e;
    r.kind = "SyntaxError";
    r.message = std::string("'") + e.paren + "' was never closed";
    r.loc = {e.paren_line, e.paren_col, e.paren_line, -1};
    return r;
}

std::string non_printable_message(char32_t c) {
    return "invalid non-printable character U+" + hex4(c);
}

size_t invalid_identifier(std::string_view s, std::string* msg) {
    for (size_t i = 0; i < s.size();) {
        int len;
        char32_t ch = decode_utf8(s, i, &len);
        bool ok = ch < 0x80 ? ascii_ident(ch, i == 0)
                  : i == 0  ? unicode_class(ch) == UniClass::IdStart
                            : unicode_class(ch) >= UniClass::IdContinue;
        i += size_t(len);
        if (ok) continue;
        if (unicode_printable(ch)) {
            *msg = "invalid character '";
            append_utf8(*msg, ch);
            *msg += "' (U+" + hex4(ch) + ")";
        } else {
            *msg = non_printable_message(ch);
        }
        return i;
    }
    return 0;
}

std::optional<std::string> non_utf8_message(std::string_view line, const std::string& path,
                                            int lineno) {
    const auto* s = reinterpret_cast<const unsigned char*>(line.data());
    for (size_t k = 0; k < line.size();) {
        int len = utf8_valid_length(s + k, s + line.size());
        if (len == 0) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "%.2x", unsigned(s[k]));
            return "Non-UTF-8 code starting with '\\x" + std::string(hex) + "' in file " + path +
                   " on line " + std::to_string(lineno) +
                   ", but no encoding declared; see https://peps.python.org/pep-0263/ for details";
        }
        k += size_t(len);
    }
    return std::nullopt;
}

int utf8_length(std::string_view s) {
    int n = 0;
    for (char ch : s)
        if ((static_cast<unsigned char>(ch) & 0xc0) != 0x80) n++;
    return n;
}

}  // namespace gs::lex
