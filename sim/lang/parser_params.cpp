// Parameter lists of def and lambda (the grammar's "Function parameters"), and their
// second-pass checks (invalid_parameters, invalid_star_etc, invalid_kwds,
// invalid_default), which match token patterns the way the grammar's rules do.
#include "sim/lang/parser_internal.hpp"

namespace gs::parsing {

using namespace ast;

// param: NAME [annotation]; a lambda's parameters have no annotation.
bool Parser::param(Arg& a, bool lambda, bool star_annotation) {
    size_t start = pos_;
    if (!at(Tok::Name)) return false;
    a.name = std::string(text(peek()));
    pos_++;
    if (!lambda && at(Tok::Colon)) {
        size_t m = pos_++;
        a.annotation = star_annotation && at(Tok::Star) ? star_expression() : expression();
        if (!a.annotation) {
            if (failed()) return false;
            pos_ = m;
        }
    }
    a.loc = span(start);
    return true;
}

// default: '=' expression | invalid_default
Expr* Parser::default_value() {
    const Token& eq = peek();
    pos_++;
    if (in_diag() && (at(Tok::RPar) || at(Tok::Comma)))
        return raise_tok(eq, "expected default value expression");
    return expression();
}

// The end of a parameter: ',' or, before the closing token, nothing.
bool Parser::param_end(bool lambda) {
    return accept(Tok::Comma) || at(lambda ? Tok::Colon : Tok::RPar);
}

bool Parser::params(Arguments& args, bool lambda) {
    if (in_diag() && invalid_params(lambda)) return false;
    const Tok close = lambda ? Tok::Colon : Tok::RPar;
    bool seen_default = false, slash = false;
    while (!at(close)) {
        if (at(Tok::Slash)) {
            if (args.args.empty() || slash) return false;
            pos_++;
            if (!param_end(lambda)) return false;
            slash = true;
            args.posonlyargs = std::move(args.args);
            args.args.clear();
            continue;
        }
        if (at(Tok::Star) || at(Tok::DoubleStar)) return star_etc(args, lambda);
        Arg a;
        if (!param(a, lambda, false)) return false;
        if (at(Tok::Equal)) {
            Expr* d = default_value();
            if (!d) return false;
            args.defaults.push_back(d);
            seen_default = true;
        } else if (seen_default) {
            return false;
        }
        if (!param_end(lambda)) return false;
        args.args.push_back(std::move(a));
    }
    return !args.args.empty() || !args.posonlyargs.empty();
}

// star_etc: '*' param [kwonly params] [kwds] | '*' ',' kwonly params [kwds] | kwds
bool Parser::star_etc(Arguments& args, bool lambda) {
    if (at(Tok::Star)) {
        if (in_diag() && invalid_star_etc(lambda)) return false;
        pos_++;
        bool bare = accept(Tok::Comma);
        if (!bare) {
            args.vararg_store = std::make_unique<Arg>();
            if (!param(*args.vararg_store, lambda, true) || !param_end(lambda)) return false;
            args.vararg = args.vararg_store.get();
        }
        while (at(Tok::Name)) {
            size_t m = pos_;
            Arg a;
            param(a, lambda, false);
            Expr* d = nullptr;
            if (at(Tok::Equal) && !(d = default_value())) {
                if (failed()) return false;
                pos_ = m;
                break;
            }
            if (!param_end(lambda)) {
                pos_ = m;
                break;
            }
            args.kwonlyargs.push_back(std::move(a));
            args.kw_defaults.push_back(d);
        }
        if (bare && args.kwonlyargs.empty()) return false;
    }
    if (at(Tok::DoubleStar)) {
        if (in_diag() && invalid_kwds(lambda)) return false;
        pos_++;
        args.kwarg_store = std::make_unique<Arg>();
        if (!param(*args.kwarg_store, lambda, false) || !param_end(lambda)) return false;
        args.kwarg = args.kwarg_store.get();
    }
    return true;
}

// ---- second pass: PEG-style matchers over the parameter list ------------------------

namespace {

enum class PKind { NoDefault, WithDefault, MaybeDefault };

}  // namespace

// One parameter of the given kind, with its trailing ',' (or before the closing token).
// On success *loc is the parameter's location (NAME and annotation).
bool Parser::match_param(bool lambda, int how, Loc* loc) {
    size_t m = pos_;
    Arg a;
    if (!param(a, lambda, false)) return false;
    bool has_default = false;
    if (at(Tok::Equal) && PKind(how) != PKind::NoDefault) {
        if (!default_value()) {
            if (!failed()) pos_ = m;
            return false;
        }
        has_default = true;
    }
    if ((PKind(how) == PKind::WithDefault && !has_default) || !param_end(lambda)) {
        pos_ = m;
        return false;
    }
    if (loc) *loc = a.loc;
    return true;
}

int Parser::match_params(bool lambda, int how) {
    int n = 0;
    while (match_param(lambda, how, nullptr)) n++;
    return n;
}

// slash_no_default | slash_with_default
bool Parser::match_slash(bool lambda, bool with_default) {
    size_t m = pos_;
    int plain = match_params(lambda, int(PKind::NoDefault));
    int defaulted = with_default ? match_params(lambda, int(PKind::WithDefault)) : 0;
    if (!failed() && (with_default ? defaulted > 0 : plain > 0) && accept(Tok::Slash) &&
        param_end(lambda))
        return true;
    if (!failed()) pos_ = m;
    return false;
}

// invalid_parameters / invalid_lambda_parameters; true when it raised.
bool Parser::invalid_params(bool lambda) {
    const size_t start = pos_;
    auto tok_loc = [](const Token& t) { return Loc{t.line, t.col, t.end_line, t.end_col}; };
    // param_no_default* (slash_with_default | param_with_default+) a=param_no_default
    match_params(lambda, int(PKind::NoDefault));
    if (match_slash(lambda, true) || match_params(lambda, int(PKind::WithDefault)) > 0) {
        Loc a;
        if (match_param(lambda, int(PKind::NoDefault), &a))
            return raise(a, "non-default argument follows default argument"), true;
    }
    if (failed()) return true;
    // param_no_default* '(' param_no_default+ ','? ')'
    pos_ = start;
    match_params(lambda, int(PKind::NoDefault));
    if (at(Tok::LPar)) {
        const Token& a = peek();
        pos_++;
        bool ok;
        if (lambda) {  // ','.lambda_param+ ','?
            ok = false;
            while (at(Tok::Name)) {
                pos_++;
                ok = true;
                if (!accept(Tok::Comma)) break;
            }
        } else {
            ok = false;
            for (;;) {  // param_no_default+ inside the parentheses: ',' or &')'
                Arg p;
                size_t m = pos_;
                if (!param(p, false, false) || !(accept(Tok::Comma) || at(Tok::RPar))) {
                    pos_ = m;
                    break;
                }
                ok = true;
            }
            accept(Tok::Comma);
        }
        if (ok && at(Tok::RPar))
            return raise_range(tok_loc(a), tok_loc(peek()),
                               lambda ? "Lambda expression parameters cannot be parenthesized"
                                      : "Function parameters cannot be parenthesized"),
                   true;
    }
    if (failed()) return true;
    // "/" ','
    pos_ = start;
    if (at(Tok::Slash) && kind(1) == Tok::Comma)
        return raise_tok(peek(), "at least one argument must precede /"), true;
    // (slash_no_default | slash_with_default) param_maybe_default* '/'
    pos_ = start;
    bool had_slash = match_slash(lambda, false) || match_slash(lambda, true);
    if (had_slash) {
        match_params(lambda, int(PKind::MaybeDefault));
        if (at(Tok::Slash)) return raise_tok(peek(), "/ may appear only once"), true;
    }
    if (failed()) return true;
    // [slash] param_maybe_default* '*' (',' | param_no_default) param_maybe_default* '/'
    pos_ = start;
    if (!(match_slash(lambda, false) || match_slash(lambda, true)) && failed()) return true;
    match_params(lambda, int(PKind::MaybeDefault));
    if (accept(Tok::Star) &&
        (accept(Tok::Comma) || match_param(lambda, int(PKind::NoDefault), nullptr))) {
        match_params(lambda, int(PKind::MaybeDefault));
        if (at(Tok::Slash)) return raise_tok(peek(), "/ must be ahead of *"), true;
    }
    if (failed()) return true;
    // param_maybe_default+ '/' '*'
    pos_ = start;
    if (match_params(lambda, int(PKind::MaybeDefault)) > 0 && accept(Tok::Slash) && at(Tok::Star))
        return raise_tok(peek(), "expected comma between / and *"), true;
    pos_ = start;
    return failed();
}

// invalid_star_etc / invalid_lambda_star_etc, at '*'; true when it raised.
bool Parser::invalid_star_etc(bool lambda) {
    const size_t start = pos_;
    const Tok close = lambda ? Tok::Colon : Tok::RPar;
    const Token& star = peek();
    pos_++;
    if (at(close) || (at(Tok::Comma) && (kind(1) == close || kind(1) == Tok::DoubleStar))) {
        if (lambda) return raise_last("named arguments must follow bare *"), true;
        return raise_tok(star, "named arguments must follow bare *"), true;
    }
    Arg a;
    if (param(a, lambda, false) && at(Tok::Equal))
        return raise_tok(peek(), "var-positional argument cannot have default value"), true;
    if (failed()) return true;
    pos_ = start + 1;
    if (accept(Tok::Comma) || match_param(lambda, int(PKind::NoDefault), nullptr)) {
        match_params(lambda, int(PKind::MaybeDefault));
        if (at(Tok::Star)) {
            const Token& again = peek();
            pos_++;
            if (accept(Tok::Comma) || match_param(lambda, int(PKind::NoDefault), nullptr))
                return raise_tok(again, "* argument may appear only once"), true;
        }
    }
    pos_ = start;
    return failed();
}

// invalid_kwds / invalid_lambda_kwds, at '**'; true when it raised.
bool Parser::invalid_kwds(bool lambda) {
    const size_t start = pos_;
    pos_++;
    Arg a;
    if (param(a, lambda, false)) {
        if (at(Tok::Equal))
            return raise_tok(peek(), "var-keyword argument cannot have default value"), true;
        if (accept(Tok::Comma)) {
            Arg b;
            if (at(Tok::Star) || at(Tok::DoubleStar) || at(Tok::Slash))
                return raise_tok(peek(), "arguments cannot follow var-keyword argument"), true;
            if (param(b, lambda, false))
                return raise(b.loc, "arguments cannot follow var-keyword argument"), true;
        }
    }
    pos_ = start;
    return failed();
}

}  // namespace gs::parsing
