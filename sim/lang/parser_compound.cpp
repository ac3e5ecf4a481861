// Compound statements: if, while, for, with, try, def, class and decorators. In the second
// pass each one first checks its grammar's invalid_*_stmt patterns: a missing ':' and a
// missing indented block ("expected an indented block after 'if' statement on line N").
#include "sim/lang/parser_internal.hpp"

namespace gs::parsing {

using namespace ast;

Stmt* Parser::compound_stmt() {
    size_t start = pos_;
    switch (kind()) {
    case Tok::KwIf: return if_stmt(false);
    case Tok::KwWhile: return while_stmt();
    case Tok::KwFor: return for_stmt(start, false);
    case Tok::KwWith: return with_stmt(start, false);
    case Tok::KwTry: return try_stmt();
    case Tok::KwDef: return function_def(start, {}, false);
    case Tok::KwClass: return class_def(start, {});
    case Tok::KwAsync:
        switch (kind(1)) {
        case Tok::KwDef: pos_++; return function_def(start, {}, true);
        case Tok::KwFor: pos_++; return for_stmt(start, true);
        case Tok::KwWith: pos_++; return with_stmt(start, true);
        default: return nullptr;
        }
    case Tok::At: {
        ExprList decos;
        if (!decorators(decos)) return nullptr;
        size_t s = pos_;
        if (at(Tok::KwDef)) return function_def(s, std::move(decos), false);
        if (at(Tok::KwAsync) && kind(1) == Tok::KwDef) {
            pos_++;
            return function_def(s, std::move(decos), true);
        }
        if (at(Tok::KwClass)) return class_def(s, std::move(decos));
        return nullptr;
    }
    default: return nullptr;
    }
}

// block: NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block
bool Parser::block(StmtList& out) {
    if (!at(Tok::Newline)) return simple_stmts(out);
    if (kind(1) != Tok::Indent) {
        if (in_diag()) raise_last("expected an indented block", "IndentationError");
        return false;
    }
    pos_ += 2;
    return statements(out) && accept(Tok::Dedent);
}

// The checks shared by if/elif/while: "expected ':'" and the missing block.
bool Parser::header_checks(const std::string& what, int line) {
    if (!in_diag()) return false;
    if (at(Tok::Newline)) return raise_last("expected ':'"), true;
    return missing_block(what, line);
}

Stmt* Parser::if_stmt(bool elif) {
    size_t start = pos_;
    const int kw_line = peek().line;
    pos_++;
    Expr* test = named_expression();
    if (!test) return nullptr;
    // invalid_if_stmt names the line of the condition, invalid_elif_stmt that of 'elif'.
    if (header_checks(elif ? "'elif' statement" : "'if' statement",
                      elif ? kw_line : test->loc.line) ||
        !accept(Tok::Colon))
        return nullptr;
    auto* s = m_.make<If>();
    s->test = test;
    if (!block(s->body)) return nullptr;
    if (at(Tok::KwElif)) {
        Stmt* e = if_stmt(true);
        if (!e) return nullptr;
        s->orelse.push_back(e);
    } else if (at(Tok::KwElse) && !else_block(s->orelse)) {
        return nullptr;
    }
    s->loc = span(start);
    return s;
}

// else_block: invalid_else_stmt | 'else' &&':' block
bool Parser::else_block(StmtList& out) {
    const int line = peek().line;
    pos_++;
    if (missing_block("'else' statement", line)) return false;
    return forced(Tok::Colon, ":") && block(out);
}

Stmt* Parser::while_stmt() {
    size_t start = pos_;
    const int line = peek().line;
    pos_++;
    auto* s = m_.make<While>();
    if (!(s->test = named_expression())) return nullptr;
    if (header_checks("'while' statement", line) || !accept(Tok::Colon) || !block(s->body))
        return nullptr;
    if (at(Tok::KwElse) && !else_block(s->orelse)) return nullptr;
    s->loc = span(start);
    return s;
}

Stmt* Parser::for_stmt(size_t start, bool is_async) {
    const int line = peek().line;
    pos_++;
    auto* s = m_.make<For>();
    s->is_async = is_async;
    size_t tstart = pos_;
    s->target = star_targets();
    if (!s->target || !accept(Tok::KwIn)) {
        if (!failed() && in_diag()) {  // invalid_for_target
            pos_ = tstart;
            if (Expr* e = star_expressions()) raise_invalid_target(e, Targets::For);
        }
        return nullptr;
    }
    if (!(s->iter = star_expressions())) return nullptr;
    if (header_checks("'for' statement", line) || !accept(Tok::Colon) || !block(s->body))
        return nullptr;
    if (at(Tok::KwElse) && !else_block(s->orelse)) return nullptr;
    s->loc = span(start);
    return s;
}

// with_item: expression 'as' star_target &(',' | ')' | ':') | invalid_with_item | expression
bool Parser::with_item(WithItem& item) {
    if (!(item.context_expr = expression())) return false;
    if (!at(Tok::KwAs)) return true;
    size_t m = pos_++;
    size_t tstart = pos_;
    Expr* t = star_target();
    if (t && (at(Tok::Comma) || at(Tok::RPar) || at(Tok::Colon))) {
        item.optional_vars = t;
        return true;
    }
    if (failed()) return false;
    if (in_diag()) {
        pos_ = tstart;
        Expr* a = expression();
        if (a && (at(Tok::Comma) || at(Tok::RPar) || at(Tok::Colon)))
            raise_invalid_target(a, Targets::Star);
        if (failed()) return false;
    }
    pos_ = m;
    return true;
}

// ','.(expression ['as' star_target])+, in parentheses or not: the looser item lists
// of invalid_with_stmt and invalid_with_stmt_indent.
bool Parser::loose_with_items(bool paren) {
    if (paren && !accept(Tok::LPar)) return false;
    for (;;) {
        if (!expression()) return false;
        if (at(Tok::KwAs)) {
            size_t m = pos_++;
            if (!star_target()) {
                if (failed()) return false;
                pos_ = m;
            }
        }
        if (!accept(Tok::Comma) || (paren && at(Tok::RPar))) break;
    }
    return !paren || accept(Tok::RPar);
}

Stmt* Parser::with_stmt(size_t start, bool is_async) {
    const int line = peek().line;
    pos_++;
    auto* s = m_.make<With>();
    s->is_async = is_async;
    const size_t items_start = pos_;
    if (in_diag()) {  // invalid_with_stmt_indent
        for (bool paren : {false, true}) {
            pos_ = items_start;
            if ((loose_with_items(paren) && missing_block("'with' statement", line)) || failed())
                return nullptr;
        }
        pos_ = items_start;
    }
    // 'with' '(' ','.with_item+ ','? ')' ':' -- else the items are plain expressions
    if (accept(Tok::LPar)) {
        for (;;) {
            WithItem it;
            if (!with_item(it)) break;
            s->items.push_back(it);
            if (!accept(Tok::Comma) || at(Tok::RPar)) break;
        }
        if (failed()) return nullptr;
        if (!s->items.empty() && accept(Tok::RPar) && accept(Tok::Colon)) {
            if (!block(s->body)) return nullptr;
            s->loc = span(start);
            return s;
        }
        if (failed()) return nullptr;
        s->items.clear();
        pos_ = items_start;
    }
    bool ok = true;
    for (;;) {
        WithItem it;
        if (!(ok = with_item(it))) break;
        s->items.push_back(it);
        if (!accept(Tok::Comma)) break;
    }
    if (ok && accept(Tok::Colon)) {
        if (!block(s->body)) return nullptr;
        s->loc = span(start);
        return s;
    }
    if (failed() || !in_diag()) return nullptr;
    for (bool paren : {false, true}) {  // invalid_with_stmt
        pos_ = items_start;
        if (loose_with_items(paren) && at(Tok::Newline)) return raise_last("expected ':'");
        if (failed()) return nullptr;
    }
    return nullptr;
}

Stmt* Parser::try_stmt() {
    size_t start = pos_;
    const int line = peek().line;
    pos_++;
    if (missing_block("'try' statement", line)) return nullptr;
    if (!forced(Tok::Colon, ":")) return nullptr;
    auto* t = m_.make<Try>();
    if (!block(t->body)) return nullptr;
    if (!at(Tok::KwExcept) && !at(Tok::KwFinally)) {
        if (in_diag()) raise_last("expected 'except' or 'finally' block");
        return nullptr;
    }
    while (at(Tok::KwExcept))
        if (!except_block(t)) return nullptr;
    if (!t->handlers.empty() && at(Tok::KwElse) && !else_block(t->orelse)) return nullptr;
    if (at(Tok::KwFinally)) {
        const int fline = peek().line;
        pos_++;
        if (missing_block("'finally' statement", fline)) return nullptr;
        if (!forced(Tok::Colon, ":")) return nullptr;
        if (!block(t->finalbody)) return nullptr;
    }
    t->loc = span(start);
    return t;
}

bool Parser::except_block(Try* t) {
    size_t start = pos_;
    const int line = peek().line;
    pos_++;
    if (at(Tok::Star)) {
        raise_tok(peek(), "gilsim does not support except* (exception groups)");
        return false;
    }
    ExceptHandler h;
    if (in_diag()) {  // invalid_except_stmt_indent: 'except' [expression ['as' NAME]] ':' ...
        size_t m = pos_;
        bool header = at(Tok::Colon) || expression();
        if (header && at(Tok::KwAs) && kind(1) == Tok::Name) pos_ += 2;
        if (failed() || (header && missing_block("'except' statement", line))) return false;
        pos_ = m;
    }
    if (!at(Tok::Colon)) {
        if (!(h.type = expression())) return invalid_except(start);
        if (at(Tok::KwAs)) {
            if (kind(1) != Tok::Name) return invalid_except(start);
            h.name = std::string(text(peek(1)));
            pos_ += 2;
        }
    }
    if (!accept(Tok::Colon)) return invalid_except(start);
    if (!block(h.body)) return false;
    h.loc = span(start);
    t->handlers.push_back(std::move(h));
    return true;
}

// invalid_except_stmt; always false (a failure or an error).
bool Parser::invalid_except(size_t start) {
    if (failed() || !in_diag()) return false;
    pos_ = start + 1;
    if (Expr* a = expression(); a && accept(Tok::Comma)) {
        if (star_expressions()) {  // `expressions`
            if (at(Tok::KwAs) && kind(1) == Tok::Name) pos_ += 2;
            if (at(Tok::Colon))
                return raise_from(a->loc, "multiple exception types must be parenthesized"), false;
        }
    }
    if (failed()) return false;
    pos_ = start + 1;
    if (at(Tok::Newline) || expression()) {
        if (at(Tok::KwAs) && kind(1) == Tok::Name) pos_ += 2;
        if (at(Tok::Newline)) return raise_last("expected ':'"), false;
    }
    return false;
}

bool Parser::decorators(ExprList& out) {
    while (accept(Tok::At)) {
        Expr* e = named_expression();
        if (!e || !accept(Tok::Newline)) return false;
        out.push_back(e);
    }
    return true;
}

Stmt* Parser::function_def(size_t start, ExprList decos, bool is_async) {
    const int line = peek().line;
    pos_++;  // 'def'
    if (!at(Tok::Name)) return nullptr;
    auto* f = m_.make<FunctionDef>();
    f->name = std::string(text(peek()));
    f->is_async = is_async;
    f->decorators = std::move(decos);
    pos_++;
    if (!forced(Tok::LPar, "(")) return nullptr;
    size_t pstart = pos_;
    if (!at(Tok::RPar) && !params(f->args, false)) {
        if (failed()) return nullptr;
        pos_ = pstart;
        f->args = Arguments();
    }
    if (!accept(Tok::RPar)) return nullptr;
    if (at(Tok::RArrow)) {
        size_t m = pos_++;
        if (!(f->returns = expression())) {
            if (failed()) return nullptr;
            pos_ = m;
        }
    }
    if (missing_block("function definition", line)) return nullptr;
    if (!forced(Tok::Colon, ":")) return nullptr;
    if (!block(f->body)) return nullptr;
    f->loc = span(start);
    return f;
}

Stmt* Parser::class_def(size_t start, ExprList decos) {
    const int line = peek().line;
    pos_++;  // 'class'
    if (!at(Tok::Name)) return nullptr;
    auto* c = m_.make<ClassDef>();
    c->name = std::string(text(peek()));
    c->decorators = std::move(decos);
    pos_++;
    if (at(Tok::LPar)) {
        size_t m = pos_++;
        if (!at(Tok::RPar) && !arguments(pos_, nullptr, c->bases, c->keywords)) {
            if (failed()) return nullptr;
            c->bases.clear();
            c->keywords.clear();
        }
        if (!accept(Tok::RPar)) {
            if (failed()) return nullptr;
            pos_ = m;
            c->bases.clear();
            c->keywords.clear();
        }
    }
    if (header_checks("class definition", line) || !accept(Tok::Colon) || !block(c->body))
        return nullptr;
    c->loc = span(start);
    return c;
}

}  // namespace gs::parsing
