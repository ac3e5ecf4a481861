// String literals: prefixes, escapes, concatenation and f-strings, as CPython 3.11's
// Parser/string_parser.c does them. An f-string's expressions are cut out of the literal
// and parsed by a sub-parser as "(expr)", exactly like CPython 3.11, which is what gives
// their nodes (and their errors) CPython's positions.
#include "sim/lang/parser_internal.hpp"

namespace gs::parsing {

using namespace ast;

namespace {

bool is_hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
int hex_value(char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; }

// A UnicodeDecodeError message as str() prints it; positions index CPython's escaped copy.
std::string unicode_error(size_t start, size_t end, const char* reason) {
    std::string s = "(unicode error) 'unicodeescape' codec can't decode ";
    if (end - start == 1)
        s += "byte 0x5c in position " + std::to_string(start);
    else
        s += "bytes in position " + std::to_string(start) + "-" + std::to_string(end - 1);
    return s + ": " + reason;
}

// Escape decoding of a str literal (decode_unicode_with_escapes). Positions in error
// messages count as CPython's do: it first rewrites each non-ASCII character as a
// 10-byte \UXXXXXXXX escape (and a backslash before one as \u005c).
bool decode_str(std::string_view s, std::string& out, std::string& err) {
    size_t cpos = 0;  // position in CPython's rewritten copy
    size_t i = 0;
    while (i < s.size()) {
        if (s[i] != '\\') {
            int len = 1;
            if ((unsigned char)s[i] >= 0x80) lex::decode_utf8(s, i, &len);
            out.append(s.substr(i, size_t(len)));
            cpos += len == 1 ? 1 : 10;
            i += size_t(len);
            continue;
        }
        const size_t bs = cpos;
        if (i + 1 >= s.size() || (unsigned char)s[i + 1] >= 0x80) {  // kept as a backslash
            out += '\\';
            cpos += 6;
            i++;
            continue;
        }
        char c = s[i + 1];
        i += 2;
        cpos += 2;
        switch (c) {
        case '\n': continue;
        case '\\': out += '\\'; continue;
        case '\'': out += '\''; continue;
        case '"': out += '"'; continue;
        case 'a': out += '\a'; continue;
        case 'b': out += '\b'; continue;
        case 'f': out += '\f'; continue;
        case 'n': out += '\n'; continue;
        case 'r': out += '\r'; continue;
        case 't': out += '\t'; continue;
        case 'v': out += '\v'; continue;
        case '0':
        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
        case '6':
        case '7': {
            char32_t v = char32_t(c - '0');
            for (int k = 0; k < 2 && i < s.size() && s[i] >= '0' && s[i] <= '7'; k++, i++, cpos++)
                v = v * 8 + char32_t(s[i] - '0');
            lex::append_utf8(out, v);
            continue;
        }
        case 'x':
        case 'u':
        case 'U': {
            int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            const char* reason = c == 'x'   ? "truncated \\xXX escape"
                                 : c == 'u' ? "truncated \\uXXXX escape"
                                            : "truncated \\UXXXXXXXX escape";
            char32_t v = 0;
            for (; count; count--, i++, cpos++) {
                if (i >= s.size() || !is_hex(s[i])) {
                    err = unicode_error(bs, cpos, reason);
                    return false;
                }
                v = v * 16 + char32_t(hex_value(s[i]));
            }
            if (v > 0x10ffff) {
                err = unicode_error(bs, cpos, "illegal Unicode character");
                return false;
            }
            lex::append_utf8(out, v);  // lone surrogates stay as 3-byte sequences
            continue;
        }
        case 'N': {
            // gilsim has no Unicode name database: a well-formed \N{name} is refused, where
            // CPython would look the name up.
            const char* reason = "malformed \\N character escape";
            if (i < s.size() && s[i] == '{') {
                size_t close = s.find('}', i);
                if (close == i + 1) {  // an empty name: reported up to the '}'
                    cpos += 1;
                    i = close;
                } else if (close != std::string_view::npos) {
                    reason = "\\N{...} escapes are not supported by gilsim";
                    cpos += close + 1 - i;
                    i = close + 1;
                } else {
                    cpos += s.size() - i;
                    i = s.size();
                }
            }
            err = unicode_error(bs, cpos, reason);
            return false;
        }
        default:  // not an escape: CPython warns and keeps both characters
            out += '\\';
            out += c;
            continue;
        }
    }
    return true;
}

// Escape decoding of a bytes literal (_PyBytes_DecodeEscape).
bool decode_bytes(std::string_view s, std::string& out, std::string& err) {
    size_t i = 0;
    while (i < s.size()) {
        if (s[i] != '\\' || i + 1 >= s.size()) {
            out += s[i++];
            continue;
        }
        size_t bs = i;
        char c = s[i + 1];
        i += 2;
        switch (c) {
        case '\n': break;
        case '\\': out += '\\'; break;
        case '\'': out += '\''; break;
        case '"': out += '"'; break;
        case 'a': out += '\a'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'v': out += '\v'; break;
        case '0':
        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
        case '6':
        case '7': {
            unsigned v = unsigned(c - '0');
            for (int k = 0; k < 2 && i < s.size() && s[i] >= '0' && s[i] <= '7'; k++, i++)
                v = v * 8 + unsigned(s[i] - '0');
            out += char(v & 0xff);
            break;
        }
        case 'x':
            if (i + 1 < s.size() && is_hex(s[i]) && is_hex(s[i + 1])) {
                out += char(hex_value(s[i]) * 16 + hex_value(s[i + 1]));
                i += 2;
                break;
            }
            err = "(value error) invalid \\x escape at position " + std::to_string(bs);
            return false;
        default:
            out += '\\';
            out += c;
            break;
        }
    }
    return true;
}

}  // namespace

// The pieces of a string concatenation being built (CPython's FstringParser).
struct FState {
    bool fmode = false;
    bool has_last = false;
    std::string last;
    ExprList values;
};

Constant* Parser::str_node(std::string s, size_t first, size_t last_tok) {
    auto* c = m_.make<Constant>();
    c->ck = ConstKind::Str;
    c->s = std::move(s);
    c->kind_u = text(toks_[first])[0] == 'u';
    const Token& a = toks_[first];
    const Token& b = toks_[last_tok];
    c->loc = {a.line, a.col, b.end_line, b.end_col};
    return c;
}

static void concat(FState& st, const std::string& s) {
    if (s.empty()) return;
    st.last += s;
    st.has_last = true;
}

// strings: STRING+ (_PyPegen_concatenate_strings)
Expr* Parser::strings() {
    const size_t first = pos_;
    while (at(Tok::String)) pos_++;
    const size_t last_tok = pos_ - 1;
    FState st;
    bool bytesmode = false;
    std::string bytes;
    for (size_t ti = first; ti <= last_tok; ti++) {
        std::string_view s = text(toks_[ti]);
        bool b = false, raw = false, f = false;
        size_t k = 0;
        for (; s[k] != '\'' && s[k] != '"'; k++) {
            char c = char(s[k] | 0x20);
            b |= c == 'b';
            raw |= c == 'r';
            f |= c == 'f';
        }
        size_t q = s.size() - k >= 6 && s[k + 1] == s[k] && s[k + 2] == s[k] ? 3 : 1;
        std::string_view body = s.substr(k + q, s.size() - k - 2 * q);
        std::string value, err;
        if (!f) {
            if (b) {
                for (char c : body)
                    if ((unsigned char)c >= 0x80)
                        return raise_tok(toks_[ti],
                                         "bytes can only contain ASCII literal characters");
            }
            bool ok = raw ? (value = std::string(body), true)
                          : (b ? decode_bytes(body, value, err) : decode_str(body, value, err));
            if (!ok) return raise_last(err);
        }
        if (ti != first && bytesmode != b)
            return raise_last("cannot mix bytes and nonbytes literals");
        bytesmode = b;
        if (f) {
            const char* p = body.data();
            if (!fstring_concat(st, p, body.data() + body.size(), raw, 0, first, ti, last_tok))
                return nullptr;
        } else if (b) {
            bytes += value;
        } else {
            concat(st, value);
        }
    }
    const Token& a = toks_[first];
    const Token& z = toks_[last_tok];
    if (bytesmode) {
        auto* c = m_.make<Constant>();
        c->ck = ConstKind::Bytes;
        c->s = std::move(bytes);
        c->loc = {a.line, a.col, z.end_line, z.end_col};
        return c;
    }
    return fstring_finish(st, first, last_tok);
}

Expr* Parser::fstring_finish(FState& st, size_t first, size_t last_tok) {
    if (!st.fmode) return str_node(std::move(st.last), first, last_tok);
    if (st.has_last) st.values.push_back(str_node(std::move(st.last), first, last_tok));
    auto* j = m_.make<JoinedStr>();
    j->values = std::move(st.values);
    const Token& a = toks_[first];
    const Token& z = toks_[last_tok];
    j->loc = {a.line, a.col, z.end_line, z.end_col};
    return j;
}

// _PyPegen_FstringParser_ConcatFstring: literals and {expressions} up to `end` (or up
// to the '}' closing a format spec when recurse > 0).
bool Parser::fstring_concat(FState& st, const char*& s, const char* end, bool raw, int recurse,
                            size_t first, size_t t, size_t last_tok) {
    st.fmode = true;
    for (;;) {
        // fstring_find_literal
        const char* lit = s;
        const char* p = s;
        bool doubled = false;
        while (p < end) {
            char ch = *p++;
            if (!raw && ch == '\\' && p < end) {
                ch = *p++;
                if (ch == 'N') {
                    if (p < end && *p++ == '{') {
                        while (p < end && *p++ != '}') {
                        }
                        continue;
                    }
                    break;
                }
            }
            if (ch == '{' || ch == '}') {
                if (recurse == 0) {
                    if (p < end && *p == ch) {
                        doubled = true;
                        break;
                    }
                    if (ch == '}') return raise_last("f-string: single '}' is not allowed"), false;
                }
                p--;
                break;
            }
        }
        const char* lit_end = p;  // for a doubled brace: just after the first one
        s = doubled ? p + 1 : p;
        if (lit_end != lit) {
            std::string value, err;
            std::string_view piece(lit, size_t(lit_end - lit));
            if (raw)
                value = std::string(piece);
            else if (!decode_str(piece, value, err))
                return raise_last(err), false;
            concat(st, value);
        }
        if (doubled) continue;
        if (s >= end || *s == '}') break;
        std::string expr_text;
        bool has_text = false;
        Expr* e = fstring_expr_field(s, end, raw, recurse, first, t, last_tok, expr_text, has_text);
        if (!e) return false;
        if (has_text) concat(st, expr_text);
        if (st.has_last) {
            st.values.push_back(str_node(std::move(st.last), first, last_tok));
            st.last.clear();
            st.has_last = false;
        }
        st.values.push_back(e);
    }
    if (recurse == 0 && s < end - 1) return raise_last("f-string: unexpected end of string"), false;
    if (recurse != 0 && (s >= end || *s != '}'))
        return raise_last("f-string: expecting '}'"), false;
    return true;
}

// fstring_find_expr: one {expression[=][!conversion][:spec]} field, s at its '{'.
Expr* Parser::fstring_expr_field(const char*& s, const char* end, bool raw, int recurse,
                                 size_t first, size_t t, size_t last_tok, std::string& expr_text,
                                 bool& has_text) {
    if (recurse >= 2) return raise_last("f-string: expressions nested too deeply");
    const char* brace = s++;
    const char* expr_start = s;
    char quote = 0;
    int string_type = 0;
    std::vector<char> parens;
    for (; s < end; s++) {
        char ch = *s;
        if (ch == '\\') return raise_last("f-string expression part cannot include a backslash");
        if (quote) {
            if (ch == quote) {
                if (string_type == 3) {
                    if (s + 2 < end && s[1] == ch && s[2] == ch) {
                        s += 2;
                        quote = 0;
                        string_type = 0;
                    }
                } else {
                    quote = 0;
                    string_type = 0;
                }
            }
        } else if (ch == '\'' || ch == '"') {
            if (s + 2 < end && s[1] == ch && s[2] == ch) {
                string_type = 3;
                s += 2;
            } else {
                string_type = 1;
            }
            quote = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (parens.size() >= 200) return raise_last("f-string: too many nested parenthesis");
            parens.push_back(ch);
        } else if (ch == '#') {
            return raise_last("f-string expression part cannot include '#'");
        } else if (parens.empty() &&
                   (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
            if (s + 1 < end) {
                char next = s[1];
                if ((ch == '!' || ch == '=' || ch == '<' || ch == '>') && next == '=') {
                    s++;
                    continue;
                }
                if (ch == '>' || ch == '<') continue;
            }
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            if (parens.empty()) return raise_last(std::string("f-string: unmatched '") + ch + "'");
            char opening = parens.back();
            parens.pop_back();
            if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') ||
                  (opening == '{' && ch == '}')))
                return raise_last(std::string("f-string: closing parenthesis '") + ch +
                                  "' does not match opening parenthesis '" + opening + "'");
        }
    }
    const char* expr_end = s;
    if (quote) return raise_last("f-string: unterminated string");
    if (!parens.empty())
        return raise_last(std::string("f-string: unmatched '") + parens.back() + "'");
    if (s >= end) return raise_last("f-string: expecting '}'");
    Expr* value = fstring_compile(brace, expr_start, expr_end, t);
    if (!value) return nullptr;
    if (*s == '=') {  // the self-documenting form: "x=" and the value's repr
        s++;
        while (s < end &&
               (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\v' || *s == '\f'))
            s++;
        expr_text.assign(expr_start, size_t(s - expr_start));
        has_text = true;
    }
    char conversion = 0;
    if (s < end && *s == '!') {
        s++;
        if (s >= end) return raise_last("f-string: expecting '}'");
        conversion = *s++;
        if (conversion != 's' && conversion != 'r' && conversion != 'a')
            return raise_last("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
    if (s >= end) return raise_last("f-string: expecting '}'");
    Expr* spec = nullptr;
    if (*s == ':') {
        s++;
        if (s >= end) return raise_last("f-string: expecting '}'");
        FState inner;
        if (!fstring_concat(inner, s, end, raw, recurse + 1, first, t, last_tok)) return nullptr;
        spec = fstring_finish(inner, t, t);
    }
    if (s >= end || *s != '}') return raise_last("f-string: expecting '}'");
    s++;
    if (has_text && !spec && !conversion) conversion = 'r';
    auto* fv = m_.make<FormattedValue>();
    fv->value = value;
    fv->conversion = conversion;
    fv->format_spec = spec;
    const Token& a = toks_[first];
    const Token& z = toks_[last_tok];
    fv->loc = {a.line, a.col, z.end_line, z.end_col};
    return fv;
}

// fstring_compile_expr: parses the text between '{' and expr_end as "(expr)", placed where
// CPython 3.11 places it (fstring_find_expr_location).
Expr* Parser::fstring_compile(const char* brace, const char* expr_start, const char* expr_end,
                              size_t t) {
    const char* k = expr_start;
    while (k != expr_end && (*k == ' ' || *k == '\t' || *k == '\n' || *k == '\f')) k++;
    if (k == expr_end) {
        if (*expr_end == '!' || *expr_end == ':' || *expr_end == '=')
            return raise_last(std::string("f-string: expression required before '") + *expr_end +
                              "'");
        return raise_last("f-string: empty expression not allowed");
    }
    const Token& tok = toks_[t];
    const char* tok_start = buf_.data() + tok.start;
    int lines = 0;
    for (const char* p = tok_start; p < brace; p++) lines += *p == '\n';
    bool newline_after_brace = true;
    for (const char* p = expr_start; p < expr_end && *p != '}' && *p != '\n'; p++) {
        if (*p != ' ' && *p != '\t' && *p != '\f') {
            newline_after_brace = false;
            break;
        }
    }
    int cols = 0;
    if (!newline_after_brace) {
        const char* p = brace;
        while (p > tok_start && *p != '\n') p--;
        cols = int(brace - p) - (*p == '\n' ? 1 : 0);
    }
    lex::LexOptions opt;
    opt.first_line = tok.line + lines;
    opt.first_col_shift = (lines == 0 ? tok.col : 0) + cols;
    opt.fstring_expr = true;
    std::string src = "(" + std::string(expr_start, size_t(expr_end - expr_start)) + ")";
    lex::Lexed sub = lex::tokenize(src, sh_.path, opt);
    Expr* result = nullptr;
    std::optional<PError> e = run_parser(sh_, sub, nullptr, &result);
    if (!e) return result;
    if (!e->from_tokenizer) {  // the sub-parser's errors read "f-string: ..." on "(expr)"
        e->message = "f-string: " + e->message;
        e->loc.col -= opt.first_col_shift;
        if (e->loc.end_col >= 0) e->loc.end_col -= opt.first_col_shift;
        size_t line_index = size_t(e->loc.line - opt.first_line);
        size_t b = 0;
        for (size_t n = 0; n < line_index && b != std::string::npos; n++) b = src.find('\n', b) + 1;
        if (b == std::string::npos || b > src.size()) b = src.size();
        size_t nl = src.find('\n', b);
        e->text = src.substr(b, nl == std::string::npos ? std::string::npos : nl - b);
        e->has_text = true;
    }
    e->from_tokenizer = false;  // for this parser, an error like its own
    err_ = std::move(e);
    return nullptr;
}

}  // namespace gs::parsing
