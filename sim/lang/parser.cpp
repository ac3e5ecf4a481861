// The parser's entry point and CPython's parsing protocol around the passes: which error
// wins when the first pass, the second pass and the tokenizer each have one.
#include "sim/lang/parser.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>

#include "sim/lang/parser_internal.hpp"

namespace gs {

namespace parsing {

Parser::Parser(Shared& sh, const lex::Lexed& lx, bool diag, size_t fill)
    : sh_(sh),
      m_(sh.module),
      toks_(lx.tokens),
      buf_(lx.buf),
      diag_(diag),
      max_pos_(fill),
      budget_(400 * lx.tokens.size() + 100000) {}

void Parser::over_budget() {
    budget_ = SIZE_MAX;  // raising peeks at a token too
    const Token& t = toks_[std::min(pos_, toks_.size() - 1)];
    raise({t.line, t.col, t.end_line, t.end_col}, "gilsim: source too complex to parse");
}

std::nullptr_t Parser::raise(Loc loc, std::string msg, const char* kind) {
    if (!err_) {
        PError e;
        e.kind = kind;
        e.message = std::move(msg);
        e.loc = loc;
        err_ = std::move(e);
    }
    return nullptr;
}

ast::Expr* Parser::fstring_expr() { return star_expressions(); }

namespace {

PError from_lexer(const lex::LexError& e) {
    PError p;
    p.kind = e.kind;
    p.message = e.message;
    p.loc = e.loc;
    p.text = e.text;
    p.has_text = !e.text.empty();
    p.from_tokenizer = true;
    return p;
}

}  // namespace

std::optional<PError> run_parser(Shared& sh, const lex::Lexed& lx, ast::StmtList* body,
                                 ast::Expr** expr) {
    const auto& toks = lx.tokens;
    const size_t err_tok = lx.error ? toks.size() - 1 : toks.size();
    auto pass = [&](Parser& p) {
        if (body) {
            ast::StmtList out;
            bool ok = p.file(out);
            if (ok) *body = std::move(out);
            return ok;
        }
        ast::Expr* e = p.fstring_expr();
        if (e) *expr = e;
        return e != nullptr;
    };
    Parser first(sh, lx, false, 0);
    const int depth = sh.depth;
    if (pass(first)) return std::nullopt;
    sh.depth = depth;
    size_t last = first.furthest();  // where a generic error points (pegen's last_token)
    size_t fill = last;              // the furthest token fetched by either pass
    std::optional<PError> err = first.error();
    if (!err && fill >= err_tok) err = from_lexer(*lx.error);
    if (!err) {
        Parser second(sh, lx, true, fill);
        pass(second);
        sh.depth = depth;
        fill = std::max(fill, second.furthest());
        err = second.error();
        if (!err && fill >= err_tok) err = from_lexer(*lx.error);
    }
    if (!err) {
        PError e;
        const Token& t = toks[last];
        if (t.kind == Tok::Indent || t.kind == Tok::Dedent) {
            const Token& at = toks[fill];
            e.kind = "IndentationError";
            e.message = t.kind == Tok::Indent ? "unexpected indent" : "unexpected unindent";
            e.loc = {at.line, at.col, at.end_line, at.end_col};
        } else {
            e.message = "invalid syntax";
            e.loc = {t.line, t.col, t.end_line, t.end_col};
        }
        err = std::move(e);
    }
    // pegen tokenizes the rest of the file: a tokenizer error there still wins, and a
    // bracket left open before the error line is reported instead of it.
    if (!err->from_tokenizer && lx.error) {
        const lex::LexError& le = *lx.error;
        if (le.cls == lex::ErrorClass::Raised)
            err = from_lexer(le);
        else if (le.paren_line > 0 && toks[std::min(fill, toks.size() - 1)].line > le.paren_line)
            err = from_lexer(lex::never_closed(le));
    }
    return err;
}

}  // namespace parsing

namespace {

// Whether the file declares its encoding (a BOM, or a coding comment on line 1 or 2).
// CPython then reports parser errors in characters instead of bytes.
bool declares_encoding(const Source& src) {
    if (src.text.compare(0, 3, "\xEF\xBB\xBF") == 0) return true;
    for (int n = 1; n <= 2 && n <= src.line_count(); n++) {
        std::string_view line = src.line(n);
        size_t i = line.find_first_not_of(" \t\f");
        if (i == std::string_view::npos) continue;  // a blank line 1: look at line 2
        if (line[i] != '#') return false;
        size_t c = line.find("coding", i);
        if (c != std::string_view::npos && c + 6 < line.size() &&
            (line[c + 6] == ':' || line[c + 6] == '=')) {
            size_t v = line.find_first_not_of(" \t", c + 7);
            if (v != std::string_view::npos && (isalnum((unsigned char)line[v]) || line[v] == '-' ||
                                                line[v] == '_' || line[v] == '.'))
                return true;
        }
    }
    return false;
}

// _PyPegen_byte_offset_to_character_offset, on our 0-based "offset - 1" columns.
int32_t char_column(std::string_view line, int32_t col) {
    size_t n = std::min(size_t(col + 1), line.size() + 2);
    int32_t chars = 0;
    for (size_t i = 0; i < n; i++)
        if (i >= line.size() || (static_cast<unsigned char>(line[i]) & 0xc0) != 0x80) chars++;
    return chars - 1;
}

UserError to_user_error(const parsing::PError& e, const SourceRef& source) {
    UserError u;
    u.kind = e.kind;
    u.message = e.message;
    u.loc = e.loc;
    u.source = source;
    if (e.has_text && e.loc.line > 0) {
        // CPython shows another line than the file's (an f-string's "(expr)"): a Source
        // whose line N is that text lets render() show it.
        std::string text(size_t(e.loc.line - 1), '\n');
        text += e.text;
        text += '\n';
        u.source = std::make_shared<Source>(source->path, std::move(text));
    }
    return u;
}

}  // namespace

ParseResult parse(SourceRef source) {
    auto module = std::make_unique<ast::Module>();
    module->source = source;
    lex::Lexed lexed = lex::tokenize(source->text, source->path);
    parsing::Shared shared{*module, source->path};
    std::optional<parsing::PError> err = parsing::run_parser(shared, lexed, &module->body, nullptr);
    if (err && !err->from_tokenizer && !err->has_text && err->loc.line > 0 &&
        declares_encoding(*source)) {
        std::string line(source->line(err->loc.line));
        line += '\n';
        if (err->loc.col >= 0) err->loc.col = char_column(line, err->loc.col);
        if (err->loc.end_col >= 0) err->loc.end_col = char_column(line, err->loc.end_col);
    }
    if (!err) err = parsing::validate(*module);
    if (err) return to_user_error(*err, source);
    return module;
}

}  // namespace gs
