"""A fast HCL2 parser that builds python-hcl2's parse tree.

python-hcl2 (a Lark LALR grammar run in pure Python) stays the parser of
record. This module is a hand-written recursive-descent parser for the same
grammar (``hcl2/hcl2.lark`` of python-hcl2 8.x) and gives the *identical* tree:
the same rule names, children, token types and values, and positions. It is
about ten times faster. On anything it is not sure of, it raises ``Fallback``
and the caller parses with python-hcl2 instead; that is also how syntax errors
get their message. ``tests/loaders/test_hclparse.py`` proves the trees equal on
every ``.tf`` file in the repository, on the benchmark corpora and on fuzzed
input.

The grammar's quirks are kept on purpose, because downstream code reads the
tree python-hcl2 gives: Lark resolves shift/reduce conflicts by shifting, so a
binary operation keeps the newline that follows it; hcl2's post-lexer glues a
newline to a binary operator that starts the next line; ``=`` and ``:`` tokens
carry the blanks before them.
"""

from __future__ import annotations

import re

TYPE_CHECKING = False  # typing is not imported at run time (docs/performance.md)
if TYPE_CHECKING:
    from typing import Any


class Fallback(Exception):
    """This parser is not sure: let python-hcl2 parse the text."""


class Token(str):
    """A terminal, as Lark's ``Token``: a ``str`` with a type and a position."""

    __slots__ = ("column", "end_column", "end_line", "line", "type")
    empty = False

    def __repr__(self) -> str:
        return f"Token({self.type!r}, {str(self)!r})"


def _new_token(kind: str, value: str, line: int, column: int, end_line: int,
               end_column: int) -> Token:
    token = _str_new(Token, value)
    token.type, token.line, token.column = kind, line, column
    token.end_line, token.end_column = end_line, end_column
    return token


_str_new = str.__new__


class Meta:
    """A tree's span, as Lark's ``propagate_positions`` gives it."""

    __slots__ = ("column", "empty", "end_column", "end_line", "line")

    def __init__(self, first: Token | None, last: Token | None) -> None:
        self.empty = first is None
        if first is not None and last is not None:
            self.line, self.column = first.line, first.column
            self.end_line, self.end_column = last.end_line, last.end_column


class Tree:
    """A rule match, as Lark's ``Tree``.

    Its ``meta`` spans from its first to its last token, which is what Lark's
    ``propagate_positions`` computes for this grammar. It is computed when asked
    for: most trees are never located.
    """

    __slots__ = ("children", "data")

    def __init__(self, data: str, children: list[Any]) -> None:
        self.data, self.children = data, children

    @property
    def meta(self) -> Meta:
        return Meta(_edge(self, 0), _edge(self, -1))

    def __repr__(self) -> str:
        return f"Tree({self.data!r}, {self.children!r})"


def _edge(tree: Tree, end: int) -> Token | None:
    """The first (``end`` 0) or last (-1) token under ``tree``."""
    children = tree.children if end == 0 else reversed(tree.children)
    for child in children:
        if child.__class__ is Token:
            return child
        found = _edge(child, end)
        if found is not None:
            return found
    return None


def from_lark(node: Any) -> Any:
    """The same tree in this module's classes (for python-hcl2's own parse)."""
    from lark import Token as LarkToken

    if isinstance(node, LarkToken):
        return _new_token(node.type, str(node), node.line, node.column, node.end_line,
                          node.end_column)
    return Tree(node.data, [from_lark(c) for c in node.children])


# Terminals, as hcl2.lark defines them.
_WS = re.compile(r"[ \t\r]*")
_ws = _WS.match
_NAME = re.compile(r"[a-zA-Z_][a-zA-Z0-9_-]*")
_FLOAT = re.compile(
    r"(?:(?:(?:\-[0-9])+|(?:\-[0-9])?(?:[0-9])+)\.(?:[0-9])+(?:(?:e|E)(?:(?:\+|\-))?(?:[0-9])+)?"
    r"|(?:(?:\-[0-9])+|(?:\-[0-9])?(?:[0-9])+)(?:(?:e|E)(?:(?:\+|\-))?(?:[0-9])+))"
)
_INT = re.compile(r"(?:\-[0-9])?(?:[0-9])+")
_NL = re.compile(r"(?:\/\*(.|\n)*?(\*\/)|\/\/.*\n|#.*\n|\n[ \t]*)")
_EQ = re.compile(r"[ \t]*=(?!=|>)")
_COLON = re.compile(r"[ \t]*:(?!:)")
_HEREDOC_TRIM = re.compile(
    r"<<-(?P<heredoc_trim>[a-zA-Z][a-zA-Z0-9._-]*)\r?\n(?:(?:.|\n)*?\r?\n)??\s*(?P=heredoc_trim)\r?\n"
)
_HEREDOC = re.compile(
    r"<<(?P<heredoc>[a-zA-Z][a-zA-Z0-9._-]*)\r?\n(?:(?:.|\n)*?\r?\n)??\s*(?P=heredoc)\r?\n"
)
# STRING_CHARS, rewritten to match the same text as the grammar's
#   (?:(?!\$\$\{)(?!\$\{)(?!%%\{)(?!%\{)[^"\\]|\\.|(?:\$(?!\$?\{))|(?:%(?!%?\{)))+
# but runs of plain characters at once instead of four lookaheads per character
# (six times faster; tests/loaders/test_hclparse.py checks both agree).
_STRING_CHARS = re.compile(r"(?:[^\"\\$%]+|\\.|\$(?!\$?\{)|%(?!%?\{))+")
_ESCAPED_INTERPOLATION = re.compile(r"\$\$\{[^}]*\}")
_ESCAPED_DIRECTIVE = re.compile(r"%%\{[^}]*\}")

KEYWORDS = {"in": "IN", "for": "FOR", "if": "IF", "for_each": "FOR_EACH", "else": "ELSE",
            "endif": "ENDIF", "endfor": "ENDFOR"}
LITERALS = {"true": "TRUE", "false": "FALSE", "null": "NULL"}
_NAME_START = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_")
_DIGITS = frozenset("0123456789")
_BLANKS = frozenset(" \t\r")

# Binary operators: (text, type, precedence), longest text first.
_BINARY = [
    ("==", "DOUBLE_EQ", 3), ("!=", "NEQ", 3), ("<=", "LEQ", 4), (">=", "GEQ", 4),
    ("&&", "DOUBLE_AMP", 2), ("||", "DOUBLE_PIPE", 1),
    ("<", "LT", 4), (">", "GT", 4), ("+", "PLUS", 5), ("-", "MINUS", 5),
    ("*", "ASTERISK", 6), ("/", "SLASH", 6), ("%", "PERCENT", 6),
]
_PRECEDENCE = {kind: level for _, kind, level in _BINARY}
OPERATOR_TEXT = {kind: text for text, kind, _ in _BINARY}
_OPERATOR_CHARS = frozenset("=!<>&|+-*/%?")


def parse(text: str) -> Tree:
    """The tree ``hcl2.parses_to_tree(text)`` gives, or ``Fallback``."""
    return _Parser(text + "\n").start()


class _Parser:
    def __init__(self, text: str) -> None:
        self.s = text
        self.n = len(text)
        self.i = 0  # just after the last token
        self.j = _ws(text, 0).end()  # where the next token starts (blanks skipped)
        self.line = 1
        self.line_start = 0
        self._last_operator: tuple[int, Any] = (-1, None)  # (position, what _operator found)

    # ---------------------------------------------------------------- lexing
    def _peek(self) -> str:
        j = self.j
        return self.s[j] if j < self.n else ""

    def _token(self, kind: str, start: int, end: int) -> Token:
        """Consume ``s[start:end]`` (only blanks lie between ``i`` and ``start``)."""
        value = self.s[start:end]
        token = _str_new(Token, value)
        token.type, token.line, token.column = kind, self.line, start - self.line_start + 1
        if "\n" in value:
            self.line += value.count("\n")
            self.line_start = start + value.rindex("\n") + 1
        token.end_line, token.end_column = self.line, end - self.line_start + 1
        self.i = end
        if end < self.n and self.s[end] in _BLANKS:
            end = _ws(self.s, end).end()  # type: ignore[union-attr]
        self.j = end
        return token

    def _expect(self, text: str, kind: str) -> Token:
        j = self.j
        if not self.s.startswith(text, j):
            raise Fallback(f"expected {text!r}")
        return self._token(kind, j, j + len(text))

    def _separator(self, *patterns: re.Pattern[str]) -> Token | None:
        """An ``EQ`` or ``COLON`` token, which hcl2 lets carry the blanks before it."""
        for at in (self.i, self.j):
            for pattern in patterns:
                m = pattern.match(self.s, at)
                if m is not None:
                    kind = "EQ" if m.group().endswith("=") else "COLON"
                    return self._token(kind, m.start(), m.end())
        return None

    def _word(self) -> tuple[str, int] | None:
        """The NAME at the next position, not consumed."""
        j = self.j
        m = _NAME.match(self.s, j)
        return (m.group(), j) if m else None

    def _glues(self, k: int) -> bool:
        """Whether the token at ``k`` takes a newline token before it (hcl2's post-lexer)."""
        s = self.s
        if k >= self.n or s[k] not in _OPERATOR_CHARS or s[k] == "-":
            return False  # MINUS is never glued, nor is a negative number
        if s.startswith("<<", k) and (_HEREDOC_TRIM.match(s, k) or _HEREDOC.match(s, k)):
            return False
        return self._operator_at(k) is not None

    def nlc(self) -> Tree | None:
        """``new_line_or_comment`` (one or more newline/comment tokens), if any."""
        tokens: list[Token] = []
        while True:
            j = self.j
            c = self.s[j] if j < self.n else ""
            if c not in ("\n", "#", "/"):
                break
            m = _NL.match(self.s, j)
            if m is None:
                break
            if self._glues(_ws(self.s, m.end()).end()):  # type: ignore[union-attr]
                if tokens:  # a blank line before a continued operator: rare, let hcl2 decide
                    raise Fallback("newline before an operator")
                break
            tokens.append(self._token("NL_OR_COMMENT", j, m.end()))
        return Tree("new_line_or_comment", tokens) if tokens else None

    def _operator_at(self, j: int) -> tuple[str, str] | None:
        """A binary operator or ``?`` at ``j``: (text, type)."""
        s = self.s
        c = s[j]
        if c == "?":
            return "?", "QMARK"
        if c == "=" and s.startswith("==", j):
            return "==", "DOUBLE_EQ"
        if c == "/" and j + 1 < self.n and s[j + 1] in "/*":
            return None  # a comment
        for text, kind, _ in _BINARY:
            if s.startswith(text, j):
                return text, kind
        return None

    def _operator(self) -> tuple[str | None, str | None, int, int]:
        """The binary operator (or ``?``) next, maybe glued to a newline before it.

        Returns (glued newline token text or None, type, start of the operator, end).
        Nothing is consumed. The type is None when no operator follows. Asked twice
        at the end of most expressions (by ``binary``, then ``expression``): remembered.
        """
        j = self.j
        if self._last_operator[0] == j:
            return self._last_operator[1]
        found = self._operator_after(j)
        self._last_operator = (j, found)
        return found

    def _operator_after(self, j: int) -> tuple[str | None, str | None, int, int]:
        if j >= self.n:
            return None, None, j, j
        c = self.s[j]
        comment = c == "/" and self.s.startswith(("//", "/*"), j)
        if c in _OPERATOR_CHARS and not comment:
            if c == "-" and self._number_at(j):  # hcl2 lexes a negative number here
                raise Fallback("a negative number right after an expression")
            op = self._operator_at(j)
            if op is not None:
                return None, op[1], j, j + len(op[0])
            return None, None, j, j
        if c in ("\n", "#") or comment:
            m = _NL.match(self.s, j)
            if m is not None:
                k = _ws(self.s, m.end()).end()  # type: ignore[union-attr]
                if self._glues(k):
                    op = self._operator_at(k)
                    return m.group(), op[1], k, k + len(op[0])  # type: ignore[index,return-value]
        return None, None, j, j

    def _take_operator(self, glued: str | None, kind: str, start: int, end: int) -> Token:
        if glued is not None:  # the newline token, then the operator carrying its text
            j = self.j
            self._token("NL_OR_COMMENT", j, j + len(glued))
            op = self._token(kind, self.j, end)
            return _new_token(kind, glued + op, op.line, op.column, op.end_line, op.end_column)
        return self._token(kind, start, end)

    # ---------------------------------------------------------------- structure
    def start(self) -> Tree:
        body = self.body()
        if self.j != self.n:
            raise Fallback("text after the body")
        return Tree("start", [body])

    def name(self, word: str, j: int) -> Tree:
        """An ``_attribute_name``: identifier, keyword or literal_value."""
        token = self._token(KEYWORDS.get(word) or LITERALS.get(word) or "NAME", j, j + len(word))
        if token.type == "NAME":
            return Tree("identifier", [token])
        return Tree("keyword" if word in KEYWORDS else "literal_value", [token])

    def body(self) -> Tree:
        children: list[Any] = []
        while True:
            self._opt_nlc(children)
            found = self._word()
            if found is None:
                return Tree("body", children)
            children.append(self.attribute_or_block(*found))

    def attribute_or_block(self, word: str, j: int) -> Tree:
        head = self.name(word, j)
        eq = self._separator(_EQ)
        if eq is not None:
            return Tree("attribute", [head, eq, self.expression()])
        children: list[Any] = [head]
        while True:
            c = self._peek()
            if c == '"':
                children.append(self.string())
            elif c in _NAME_START:
                children.append(self.name(*self._word()))  # type: ignore[misc]
            else:
                break
        self._opt_nlc(children)
        children.append(self._expect("{", "LBRACE"))
        children.append(self.body())
        children.append(self._expect("}", "RBRACE"))
        return Tree("block", children)

    # ---------------------------------------------------------------- expressions
    def expression(self) -> Any:
        cond = self.binary(0)
        glued, kind, start, end = self._operator()
        if kind != "QMARK":
            return cond
        children = [cond, self._take_operator(glued, kind, start, end)]
        self._opt_nlc(children)
        children.append(self.expression())
        self._opt_nlc(children)
        children.append(self._colon())
        self._opt_nlc(children)
        children.append(self.expression())
        return Tree("conditional", children)

    def _colon(self) -> Token:
        colon = self._separator(_COLON)
        if colon is None:
            raise Fallback("expected ':'")
        return colon

    def _opt_nlc(self, children: list[Any]) -> None:
        nl = self.nlc()
        if nl is not None:
            children.append(nl)

    def binary(self, floor: int) -> Any:
        """Binary operations at precedence ``floor`` or above (left-associative)."""
        left = self.unary()
        level = 7  # of the last operation built here
        while True:
            glued, kind, start, end = self._operator()
            if kind is None or kind == "QMARK" or _PRECEDENCE[kind] <= floor:
                return left
            if _PRECEDENCE[kind] > level:  # only after a newline the operation kept
                raise Fallback("operator after a newline binds tighter than the one before")
            level = _PRECEDENCE[kind]
            op = Tree("binary_operator", [self._take_operator(glued, kind, start, end)])
            term = [op]
            self._opt_nlc(term)
            term.append(self.binary(_PRECEDENCE[kind]))
            children = [left, Tree("binary_term", term)]
            self._opt_nlc(children)  # Lark shifts the newline into the operation
            left = Tree("binary_op", children)

    def unary(self) -> Any:
        j = self.j
        c = self.s[j] if j < self.n else ""
        if c == "!" or (c == "-" and not self._number_at(j)):
            op = self._token("NOT" if c == "!" else "MINUS", j, j + 1)
            return Tree("unary_op", [op, self.expr_term()])
        return self.expr_term()

    def _number_at(self, j: int) -> bool:
        return _FLOAT.match(self.s, j) is not None or _INT.match(self.s, j) is not None

    def expr_term(self) -> Tree:
        term = self.primary()
        s = self.s
        while True:
            j = self.j
            c = s[j] if j < self.n else ""
            if c == ".":
                if s.startswith("...", j):
                    return term
                if s.startswith(".*", j):
                    splat = [self._token("ATTR_SPLAT", j, j + 2)]
                    self._postfix(splat)
                    term = Tree("expr_term", [Tree("attr_splat_expr_term",
                                                   [term, Tree("attr_splat", splat)])])
                    continue
                part = self._get_attr_or_short_index()
                kind = "get_attr_expr_term" if part.data == "get_attr" else "index_expr_term"
                term = Tree("expr_term", [Tree(kind, [term, part])])
            elif c == "[":
                if s.startswith("[*]", j):
                    splat = [self._token("FULL_SPLAT_START", j, j + 3)]
                    self._postfix(splat)
                    term = Tree("expr_term", [Tree("full_splat_expr_term",
                                                   [term, Tree("full_splat", splat)])])
                    continue
                term = Tree("expr_term", [Tree("index_expr_term", [term, self._braces_index()])])
            else:
                return term

    def _postfix(self, into: list[Any]) -> None:
        """``(get_attr | index)*`` after a splat (Lark shifts them all into it)."""
        s = self.s
        while True:
            j = self.j
            c = s[j] if j < self.n else ""
            if c == "." and not s.startswith("..", j) and not s.startswith(".*", j):
                into.append(self._get_attr_or_short_index())
            elif c == "[" and not s.startswith("[*]", j):
                into.append(self._braces_index())
            else:
                return

    def _get_attr_or_short_index(self) -> Tree:
        dot = self._expect(".", "DOT")
        j = self.j
        if j < self.n and self.s[j] in _DIGITS:
            m = _INT.match(self.s, j)
            return Tree("short_index", [dot, self._token("INT_LITERAL", j, m.end())])  # type: ignore[union-attr]
        m = _NAME.match(self.s, j)
        if m is None:
            raise Fallback("expected a name after '.'")
        word = m.group()
        if word in LITERALS:
            part = Tree("literal_value", [self._token(LITERALS[word], j, j + len(word))])
        else:
            part = Tree("identifier", [self._token("NAME", j, j + len(word))])
        return Tree("get_attr", [dot, part])

    def _braces_index(self) -> Tree:
        children: list[Any] = [self._expect("[", "LSQB")]
        self._opt_nlc(children)
        children.append(self.expression())
        self._opt_nlc(children)
        children.append(self._expect("]", "RSQB"))
        return Tree("braces_index", children)

    def primary(self) -> Tree:
        j = self.j
        s = self.s
        c = s[j] if j < self.n else ""
        if c in _NAME_START:
            word = _NAME.match(s, j).group()  # type: ignore[union-attr]
            if word in LITERALS:
                token = self._token(LITERALS[word], j, j + len(word))
                return Tree("expr_term", [Tree("literal_value", [token])])
            ident = Tree("identifier", [self._token("NAME", j, j + len(word))])
            k = self.j
            if k < self.n and (s[k] == "(" or s.startswith("::", k)):
                return Tree("expr_term", [self.function_call(ident)])
            return Tree("expr_term", [ident])
        if c in _DIGITS or c == "-":
            m = _FLOAT.match(s, j)
            if m is not None:
                return Tree("expr_term", [Tree("float_lit", [self._token("FLOAT_LITERAL", j,
                                                                          m.end())])])
            m = _INT.match(s, j)
            if m is None:
                raise Fallback("unexpected '-'")
            return Tree("expr_term", [Tree("int_lit", [self._token("INT_LITERAL", j, m.end())])])
        if c == '"':
            return Tree("expr_term", [self.string()])
        if c == "(":
            children: list[Any] = [self._token("LPAR", j, j + 1)]
            self._opt_nlc(children)
            children.append(self.expression())
            self._opt_nlc(children)
            children.append(self._expect(")", "RPAR"))
            return Tree("expr_term", children)
        if c == "[":
            return Tree("expr_term", [self.tuple_or_for()])
        if c == "{":
            return Tree("expr_term", [self.object_or_for()])
        if c == "<":
            for pattern, kind in ((_HEREDOC_TRIM, "heredoc_template_trim"),
                                  (_HEREDOC, "heredoc_template")):
                m = pattern.match(s, j)
                if m is not None:
                    token = self._token(kind.upper(), j, m.end())
                    return Tree("expr_term", [Tree(kind, [token])])
        raise Fallback(f"unexpected {c!r} at the start of an expression")

    def function_call(self, ident: Tree) -> Tree:
        children: list[Any] = [ident]
        if self._peek() == ":":
            children.append(self._expect("::", "COLONS"))
            children.append(self._identifier())
            children.append(self._expect("::", "COLONS"))
            children.append(self._identifier())
        children.append(self._expect("(", "LPAR"))
        self._opt_nlc(children)
        if self._peek() != ")":
            children.append(self.arguments())
            self._opt_nlc(children)
        children.append(self._expect(")", "RPAR"))
        return Tree("function_call", children)

    def _identifier(self) -> Tree:
        found = self._word()
        if found is None:
            raise Fallback("expected a name")
        word, j = found
        return Tree("identifier", [self._token("NAME", j, j + len(word))])

    def arguments(self) -> Tree:
        children: list[Any] = [self.expression()]
        while True:
            nl = self.nlc()
            c = self._peek()
            if c == ",":
                comma = self._expect(",", "COMMA")
                after = self.nlc()
                if self._peek() == ")":
                    if nl is not None:
                        raise Fallback("newline before a trailing comma")
                    children.append(comma)
                    if after is not None:
                        children.append(after)
                    return Tree("arguments", children)
                children.extend(x for x in (nl, comma, after) if x is not None)
                children.append(self.expression())
                continue
            if c == "." and self.s.startswith("...", self.j):
                if nl is not None:
                    raise Fallback("newline before '...'")
                children.append(self._expect("...", "ELLIPSIS"))
                self._opt_nlc(children)
                return Tree("arguments", children)
            if nl is not None:
                children.append(nl)
            return Tree("arguments", children)

    def _is_for(self) -> bool:
        """Whether the next word is ``for`` starting a for expression."""
        found = self._word()
        if found is None or found[0] != "for":
            return False
        k = _WS.match(self.s, found[1] + 3).end()  # type: ignore[union-attr]
        return not (_EQ.match(self.s, k) or _COLON.match(self.s, k))

    def tuple_or_for(self) -> Tree:
        children: list[Any] = [self._expect("[", "LSQB")]
        self._opt_nlc(children)
        if self._is_for():
            children.append(self.for_intro())
            self._opt_nlc(children)
            children.append(self.expression())
            self._opt_nlc(children)
            self._for_end(children, "]", "RSQB")
            return Tree("for_tuple_expr", children)
        while self._peek() != "]":
            children.append(self.expression())
            self._opt_nlc(children)
            if self._peek() != ",":
                break
            children.append(self._expect(",", "COMMA"))
            self._opt_nlc(children)
        children.append(self._expect("]", "RSQB"))
        return Tree("tuple", children)

    def _for_end(self, children: list[Any], close: str, kind: str) -> None:
        """A for expression's optional ``if`` condition and its closing bracket."""
        if self._keyword_next("if"):
            children.append(self.for_cond())
            self._opt_nlc(children)
        children.append(self._expect(close, kind))

    def object_or_for(self) -> Tree:
        children: list[Any] = [self._expect("{", "LBRACE")]
        self._opt_nlc(children)
        if self._is_for():
            children.append(self.for_intro())
            self._opt_nlc(children)
            children.append(self.expression())
            children.append(self._expect("=>", "FOR_OBJECT_ARROW"))
            self._opt_nlc(children)
            children.append(self.expression())
            self._opt_nlc(children)
            if self.s.startswith("...", self.j):
                children.append(self._expect("...", "ELLIPSIS"))
                self._opt_nlc(children)
            self._for_end(children, "}", "RBRACE")
            return Tree("for_object_expr", children)
        while self._peek() != "}":
            children.append(self.object_elem())
            self._opt_nlc(children)
            if self._peek() == ",":
                children.append(self._expect(",", "COMMA"))
                self._opt_nlc(children)
        children.append(self._expect("}", "RBRACE"))
        return Tree("object", children)

    def object_elem(self) -> Tree:
        found = self._word()
        if found is not None and found[0] in KEYWORDS:
            word, j = found
            key = Tree("keyword", [self._token(KEYWORDS[word], j, j + len(word))])
        else:
            key = self.expression()
        sep = self._separator(_EQ, _COLON)
        if sep is None:
            raise Fallback("expected '=' or ':'")
        return Tree("object_elem", [Tree("object_elem_key", [key]), sep, self.expression()])

    def _keyword_next(self, word: str) -> bool:
        found = self._word()
        return found is not None and found[0] == word

    def _keyword(self, word: str) -> Token:
        found = self._word()
        if found is None or found[0] != word:
            raise Fallback(f"expected {word!r}")
        return self._token(KEYWORDS[word], found[1], found[1] + len(word))

    def for_intro(self) -> Tree:
        children: list[Any] = [self._keyword("for")]
        self._opt_nlc(children)
        children.append(self._identifier())
        if self._peek() == ",":
            children.append(self._expect(",", "COMMA"))
            children.append(self._identifier())
        self._opt_nlc(children)
        children.append(self._keyword("in"))
        self._opt_nlc(children)
        children.append(self.expression())
        self._opt_nlc(children)
        children.append(self._colon())
        self._opt_nlc(children)
        return Tree("for_intro", children)

    def for_cond(self) -> Tree:
        children: list[Any] = [self._keyword("if")]
        self._opt_nlc(children)
        children.append(self.expression())
        return Tree("for_cond", children)

    # ---------------------------------------------------------------- strings
    def string(self) -> Tree:
        s = self.s
        children: list[Any] = [self._expect('"', "DBLQUOTE")]
        while True:
            j = self.i
            if j >= self.n:
                raise Fallback("unterminated string")
            c = s[j]
            if c == '"':
                children.append(self._token("DBLQUOTE", j, j + 1))
                return Tree("string", children)
            # hcl2 tries the escapes first; they can only start with "$$" or "%%"
            if c == "$" and (m := _ESCAPED_INTERPOLATION.match(s, j)) is not None:
                part = self._token("ESCAPED_INTERPOLATION", j, m.end())
            elif c == "%" and (m := _ESCAPED_DIRECTIVE.match(s, j)) is not None:
                part = self._token("ESCAPED_DIRECTIVE", j, m.end())
            elif (m := _STRING_CHARS.match(s, j)) is not None:
                part = self._token("STRING_CHARS", j, m.end())
            elif s.startswith("${", j):
                start = self._token("INTERP_START", j, j + 2)
                expr = self.expression()
                part = Tree("interpolation", [start, expr, self._expect("}", "RBRACE")])
            else:
                raise Fallback("template directive or stray character in a string")
            children.append(Tree("string_part", [part]))
