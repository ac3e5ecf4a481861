// Source text -> AST. The lexer (lexer.hpp) produces tokens with INDENT/DEDENT, the
// recursive-descent parser builds an ast::Module. Errors are values: the first syntax
// error, worded and located the way CPython 3.11 reports it where the subset allows.
#pragma once
#include <memory>
#include <variant>

#include "sim/core/source.hpp"
#include "sim/lang/ast.hpp"

namespace gs {

using ParseResult = std::variant<std::unique_ptr<ast::Module>, UserError>;

ParseResult parse(SourceRef source);

}  // namespace gs
