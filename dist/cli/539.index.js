export const id = 539;
export const ids = [539];
export const modules = {

/***/ 8539:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   templateLocator: () => (/* binding */ templateLocator)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/**
 * Where a resource, or a path inside it, sits in a CloudFormation template (YAML or JSON: JSON is YAML to the
 * parser), so a finding can point at its line. CloudFormation's short-form tags (!Ref, !Sub, ...) are unknown to
 * the parser; it keeps their values and only warns, which is all locating needs.
 */

/** `/Resources/Queue/Properties/Tags/0` (a JSON pointer, as ValidationPath gives it) -> its segments. */
function segments(path) {
    return path
        .split('/')
        .filter((s) => s !== '')
        .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}
/** A locator for the template's text, or what is wrong with the text (not YAML or JSON, not a mapping). */
function templateLocator(text) {
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter: lines, uniqueKeys: false });
    const error = doc.errors[0];
    if (error)
        return `not valid YAML or JSON: ${error.message.split('\n')[0]}`;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(doc.contents))
        return 'a template is a mapping (AWSTemplateFormatVersion, Resources, ...)';
    const position = (node) => {
        if (!node?.range)
            return undefined;
        const { line, col } = lines.linePos(node.range[0]);
        return { line, column: col };
    };
    return ({ logicalId, path }) => {
        const wanted = path ? segments(path) : logicalId ? ['Resources', logicalId] : [];
        let node = doc.contents;
        let found;
        let depth = 0;
        for (const segment of wanted) {
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
                const pair = node.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === segment);
                if (!pair)
                    break;
                found = position(pair.key) ?? found;
                node = pair.value;
            }
            else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && /^\d+$/.test(segment)) {
                const item = node.items[Number(segment)];
                if (!item)
                    break;
                found = position(item) ?? found;
                node = item;
            }
            else
                break;
            depth += 1;
        }
        // Short of the resource itself (a logical id the template does not have) the line would mislead: none.
        return depth >= Math.min(2, wanted.length) ? found : undefined;
    };
}


/***/ })

};
