package org.readoutbriefings.tracker;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * A small, strict XML reader for worksheet parts, several times faster than the JDK's SAX parser on them:
 * it hands a {@link ContentHandler} the elements (with their namespaces), attributes and text of a UTF-8
 * XML 1.0 document, and nothing else. It has no DTD support at all: a document type declaration is an
 * error, as with POI's parser settings, so no entity can expand. It rejects what the SAX parser would
 * reject in such a document (mismatched or unclosed tags, undefined entities and prefixes, characters XML
 * does not allow, content outside the root, duplicate attributes); for anything it does not read (another
 * encoding, XML 1.1), {@link #reads} says no and the caller uses the SAX parser.
 * <p>
 * Text is normalized as XML requires (line ends to {@code \n}; in attributes, white space to spaces),
 * character and the five predefined entity references are resolved, CDATA sections are text, comments and
 * processing instructions are skipped.
 */
final class SheetXmlReader {

    private static final String XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
    private static final int PEEK = 512;
    /** The longest name or attribute value accepted, in characters: a defence, worksheets need a few dozen. */
    private static final int MAX_TOKEN = 1 << 20;
    private static final char[] LINE_FEED = {'\n'};
    private static final char[] BRACKET = {']'};

    private final Reader in;
    private final ContentHandler handler;
    private char[] buf = new char[1 << 16];
    private int pos;
    private int limit;
    /** Where a token being read starts, kept in the buffer when it is refilled; -1 for none. */
    private int mark = -1;
    private final List<String> open = new ArrayList<>();
    /** {uri, local name} of each open element. */
    private final List<String[]> openResolved = new ArrayList<>();
    private final List<Map<String, String>> scopes = new ArrayList<>();
    private final AttributeList attributes = new AttributeList();
    private final StringBuilder value = new StringBuilder(64);
    private final char[] reference = new char[2];
    private final String[] symbols = new String[512];
    /** Element and attribute names resolved in the current namespace scope; cleared when the scope changes. */
    private final String[] elementNames = new String[64];
    private final String[][] elementsResolved = new String[64][];
    private final String[] attributeNames = new String[64];
    private final String[][] attributesResolved = new String[64][];
    private boolean rootSeen;

    private SheetXmlReader(Reader in, ContentHandler handler) {
        this.in = in;
        this.handler = handler;
        Map<String, String> base = new HashMap<>();
        base.put("xml", XML_NAMESPACE);
        base.put("", "");
        scopes.add(base);
    }

    /**
     * Whether this reader reads the document: UTF-8 (with or without its byte order mark), XML 1.0. Looks
     * at its start only, and leaves the stream where it was.
     */
    static boolean reads(BufferedInputStream in) throws IOException {
        in.mark(PEEK);
        byte[] start = in.readNBytes(PEEK);
        in.reset();
        int at = 0;
        if (start.length >= 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF) {
            at = 3;
        }
        String head = new String(start, at, start.length - at, StandardCharsets.ISO_8859_1);
        if (head.indexOf('\0') >= 0) {
            return false; // UTF-16 or UTF-32
        }
        if (!head.startsWith("<?xml")) {
            return !head.isEmpty() && (at == 3 || head.charAt(0) == '<' || Character.isWhitespace(head.charAt(0)));
        }
        int end = head.indexOf("?>");
        if (end < 0) {
            return false;
        }
        String declaration = head.substring(0, end);
        String version = pseudoAttribute(declaration, "version");
        String encoding = pseudoAttribute(declaration, "encoding");
        return "1.0".equals(version) && (encoding == null || encoding.toUpperCase(Locale.ROOT).equals("UTF-8"));
    }

    private static String pseudoAttribute(String declaration, String name) {
        int at = declaration.indexOf(name);
        while (at >= 0) {
            int i = at + name.length();
            while (i < declaration.length() && Character.isWhitespace(declaration.charAt(i))) {
                i++;
            }
            if (i < declaration.length() && declaration.charAt(i) == '=') {
                i++;
                while (i < declaration.length() && Character.isWhitespace(declaration.charAt(i))) {
                    i++;
                }
                if (i < declaration.length() && (declaration.charAt(i) == '"' || declaration.charAt(i) == '\'')) {
                    int close = declaration.indexOf(declaration.charAt(i), i + 1);
                    return close < 0 ? null : declaration.substring(i + 1, close);
                }
            }
            at = declaration.indexOf(name, at + 1);
        }
        return null;
    }

    /** Reads a document {@link #reads} accepted, passing it to the handler. */
    static void parse(InputStream in, ContentHandler handler) throws IOException, SAXException {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        new SheetXmlReader(reader, handler).document();
    }

    private void document() throws IOException, SAXException {
        handler.startDocument();
        if (peek() == '\uFEFF') {
            pos++;
        }
        while (true) {
            int c = peek();
            if (c < 0) {
                break;
            }
            if (c == '<') {
                markup();
            } else if (open.isEmpty()) {
                if (!isWhitespace((char) c)) {
                    throw error("content outside the root element");
                }
                pos++;
            } else {
                text();
            }
        }
        if (!open.isEmpty()) {
            throw error("element " + open.get(open.size() - 1) + " is not closed");
        }
        if (!rootSeen) {
            throw error("no root element");
        }
        handler.endDocument();
    }

    private void markup() throws IOException, SAXException {
        pos++; // '<'
        int c = need();
        if (c == '/') {
            pos++;
            endTag();
        } else if (c == '?') {
            pos++;
            skipPast("?>");
        } else if (c == '!') {
            pos++;
            if (startsWith("--")) {
                pos += 2;
                skipPast("-->");
            } else if (startsWith("[CDATA[")) {
                pos += 7;
                if (open.isEmpty()) {
                    throw error("CDATA outside the root element");
                }
                cdata();
            } else {
                throw error("a document type declaration or other markup this reader does not allow");
            }
        } else {
            startTag();
        }
    }

    private void startTag() throws IOException, SAXException {
        if (rootSeen && open.isEmpty()) {
            throw error("a second root element");
        }
        String qName = name();
        attributes.clear();
        Map<String, String> declared = null;
        boolean empty;
        while (true) {
            boolean space = skipWhitespace();
            int c = need();
            if (c == '>') {
                pos++;
                empty = false;
                break;
            }
            if (c == '/') {
                pos++;
                if (need() != '>') {
                    throw error("'/' not followed by '>' in <" + qName + ">");
                }
                pos++;
                empty = true;
                break;
            }
            if (!space) {
                throw error("no white space before an attribute of <" + qName + ">");
            }
            String name = name();
            skipWhitespace();
            if (need() != '=') {
                throw error("attribute " + name + " of <" + qName + "> has no value");
            }
            pos++;
            skipWhitespace();
            String attributeValue = attributeValue();
            if (attributes.index(name) >= 0) {
                throw error("attribute " + name + " repeated in <" + qName + ">");
            }
            if (name.equals("xmlns") || name.startsWith("xmlns:")) {
                if (declared == null) {
                    declared = new HashMap<>();
                }
                declared.put(name.length() == 5 ? "" : name.substring(6), attributeValue);
            }
            attributes.add(name, attributeValue);
        }
        scopes.add(declared);
        if (declared != null) {
            forgetResolved();
        }
        String[] element = resolve(qName, true);
        // as SAX reports them by default: namespace declarations are not attributes
        int kept = 0;
        for (int i = 0; i < attributes.size; i++) {
            String name = attributes.qNames[i];
            if (!name.equals("xmlns") && !name.startsWith("xmlns:")) {
                String[] resolved = resolve(name, false);
                attributes.qNames[kept] = name;
                attributes.values[kept] = attributes.values[i];
                attributes.uris[kept] = resolved[0];
                attributes.localNames[kept] = resolved[1];
                kept++;
            }
        }
        attributes.size = kept;
        for (int i = 0; i < kept; i++) {
            for (int j = i + 1; j < kept; j++) {
                if (attributes.uris[i].equals(attributes.uris[j]) && !attributes.uris[i].isEmpty()
                        && attributes.localNames[i].equals(attributes.localNames[j])) {
                    throw error("attribute " + attributes.localNames[i] + " repeated in <" + qName + ">");
                }
            }
        }
        rootSeen = true;
        open.add(qName);
        openResolved.add(element);
        handler.startElement(element[0], element[1], qName, attributes);
        if (empty) {
            endElement(qName, element);
        }
    }

    private void endTag() throws IOException, SAXException {
        String qName = name();
        skipWhitespace();
        if (need() != '>') {
            throw error("end tag </" + qName + "> not closed by '>'");
        }
        pos++;
        if (open.isEmpty() || open.get(open.size() - 1) != qName && !open.get(open.size() - 1).equals(qName)) {
            throw error("end tag </" + qName + "> does not match " + (open.isEmpty() ? "any element"
                    : "<" + open.get(open.size() - 1) + ">"));
        }
        endElement(qName, openResolved.get(openResolved.size() - 1));
    }

    private void endElement(String qName, String[] element) throws SAXException {
        handler.endElement(element[0], element[1], qName);
        open.remove(open.size() - 1);
        openResolved.remove(openResolved.size() - 1);
        if (scopes.remove(scopes.size() - 1) != null) {
            forgetResolved();
        }
    }

    /** {uri, local name} of an element or attribute name in the current scope. */
    private String[] resolve(String qName, boolean element) throws SAXException {
        // names are the same instances again and again (see symbol): a small cache by identity
        String[] cacheNames = element ? elementNames : attributeNames;
        String[][] cacheResolved = element ? elementsResolved : attributesResolved;
        int slot = qName.hashCode() & cacheNames.length - 1;
        if (cacheNames[slot] == qName) {
            return cacheResolved[slot];
        }
        String[] known = resolveInScope(qName, element);
        cacheNames[slot] = qName;
        cacheResolved[slot] = known;
        return known;
    }

    private String[] resolveInScope(String qName, boolean element) throws SAXException {
        int colon = qName.indexOf(':');
        if (colon < 0) {
            return new String[]{element ? namespace("") : "", qName};
        }
        String prefix = qName.substring(0, colon);
        String uri = namespace(prefix);
        if (uri == null || uri.isEmpty() && !prefix.isEmpty()) {
            throw error("prefix " + prefix + " is not declared");
        }
        return new String[]{uri, qName.substring(colon + 1)};
    }

    private void forgetResolved() {
        java.util.Arrays.fill(elementNames, null);
        java.util.Arrays.fill(attributeNames, null);
    }

    private String namespace(String prefix) {
        for (int i = scopes.size() - 1; i >= 0; i--) {
            Map<String, String> scope = scopes.get(i);
            if (scope != null && scope.containsKey(prefix)) {
                return scope.get(prefix);
            }
        }
        return null;
    }

    /** Character data up to the next markup, in pieces, line ends normalized, references resolved. */
    private void text() throws IOException, SAXException {
        while (true) {
            if (pos == limit && fill() < 0) {
                return;
            }
            int start = pos;
            char[] b = buf;
            int end = limit;
            int i = start;
            for (; i < end; i++) {
                char c = b[i];
                if (c == '<' || c == '&' || c == '\r' || c < 0x20 && c != '\n' && c != '\t' || c >= '\uFFFE'
                        || c == ']') {
                    break;
                }
            }
            if (i > start) {
                handler.characters(b, start, i - start);
            }
            pos = i;
            if (i == end) {
                continue;
            }
            char c = b[i];
            if (c == '<') {
                return;
            } else if (c == '&') {
                pos++;
                int n = reference();
                handler.characters(reference, 0, n);
            } else if (c == '\r') {
                pos++;
                if (peek() == '\n') {
                    pos++;
                }
                handler.characters(LINE_FEED, 0, 1);
            } else if (c == ']') {
                if (startsWith("]]>")) {
                    throw error("']]>' in text");
                }
                pos++;
                handler.characters(BRACKET, 0, 1);
            } else {
                throw error(String.format("character U+%04X is not allowed in XML", (int) c));
            }
        }
    }

    private void cdata() throws IOException, SAXException {
        while (true) {
            if (pos == limit && fill() < 0) {
                throw error("CDATA section not closed");
            }
            int start = pos;
            int i = start;
            for (; i < limit; i++) {
                char c = buf[i];
                if (c == ']' || c == '\r' || c < 0x20 && c != '\n' && c != '\t' || c >= '\uFFFE') {
                    break;
                }
            }
            if (i > start) {
                handler.characters(buf, start, i - start);
            }
            pos = i;
            if (i == limit) {
                continue;
            }
            char c = buf[i];
            if (c == ']') {
                if (startsWith("]]>")) {
                    pos += 3;
                    return;
                }
                pos++;
                handler.characters(BRACKET, 0, 1);
            } else if (c == '\r') {
                pos++;
                if (peek() == '\n') {
                    pos++;
                }
                handler.characters(LINE_FEED, 0, 1);
            } else {
                throw error(String.format("character U+%04X is not allowed in XML", (int) c));
            }
        }
    }

    /** After '&': the characters of a character or predefined entity reference, in {@link #reference}. */
    private int reference() throws IOException, SAXException {
        mark = pos;
        try {
            int end = pos;
            while (true) {
                if (end == limit) {
                    int before = mark;
                    int read = fill();
                    end -= before - mark;
                    if (read < 0) {
                        throw error("entity reference not closed");
                    }
                }
                char c = buf[end];
                if (c == ';') {
                    break;
                }
                if (end - mark > 12) {
                    throw error("entity reference too long");
                }
                end++;
            }
            String name = new String(buf, mark, end - mark);
            pos = end + 1;
            switch (name) {
                case "lt" -> reference[0] = '<';
                case "gt" -> reference[0] = '>';
                case "amp" -> reference[0] = '&';
                case "quot" -> reference[0] = '"';
                case "apos" -> reference[0] = '\'';
                default -> {
                    if (!name.startsWith("#") || name.length() < 2) {
                        throw error("undefined entity &" + name + ";");
                    }
                    int code;
                    try {
                        code = name.charAt(1) == 'x' ? Integer.parseInt(name.substring(2), 16)
                                : Integer.parseInt(name.substring(1));
                    } catch (NumberFormatException e) {
                        throw error("bad character reference &" + name + ";");
                    }
                    boolean allowed = code == 0x9 || code == 0xA || code == 0xD || code >= 0x20 && code <= 0xD7FF
                            || code >= 0xE000 && code <= 0xFFFD || code >= 0x10000 && code <= 0x10FFFF;
                    if (!allowed || name.charAt(1) != 'x' && !Character.isDigit(name.charAt(1))
                            || name.charAt(1) == 'x' && name.length() == 2) {
                        throw error("character reference &" + name + "; is not allowed in XML");
                    }
                    return Character.toChars(code, reference, 0);
                }
            }
            return 1;
        } finally {
            mark = -1;
        }
    }

    private String attributeValue() throws IOException, SAXException {
        int quote = need();
        if (quote != '"' && quote != '\'') {
            throw error("attribute value not in quotes");
        }
        pos++;
        // most values: plain characters up to the closing quote, within the buffer
        for (int i = pos; i < limit; i++) {
            char c = buf[i];
            if (c == quote) {
                String plain = new String(buf, pos, i - pos);
                pos = i + 1;
                return plain;
            }
            if (c < 0x20 || c == '&' || c == '<' || c >= '\uFFFE') {
                break;
            }
        }
        value.setLength(0);
        while (true) {
            int c = need();
            pos++;
            if (c == quote) {
                return value.toString();
            }
            if (c == '<') {
                throw error("'<' in an attribute value");
            } else if (c == '&') {
                int n = reference();
                value.append(reference, 0, n);
            } else if (c == '\r') {
                if (peek() == '\n') {
                    pos++;
                }
                value.append(' ');
            } else if (c == '\n' || c == '\t') {
                value.append(' ');
            } else if (c < 0x20 || c >= '\uFFFE') {
                throw error(String.format("character U+%04X is not allowed in XML", c));
            } else {
                value.append((char) c);
            }
            if (value.length() > MAX_TOKEN) {
                throw error("attribute value too long");
            }
        }
    }

    /** An XML name (with its prefix, if any). */
    private String name() throws IOException, SAXException {
        mark = pos;
        try {
            int end = pos;
            int hash = 0;
            while (true) {
                if (end == limit) {
                    int before = mark;
                    int read = fill();
                    end -= before - mark;
                    if (read < 0) {
                        break;
                    }
                }
                char c = buf[end];
                if (c < 128 && NAME_ENDS[c]) {
                    if (c < 0x20 && !isWhitespace(c)) {
                        throw error(String.format("character U+%04X is not allowed in XML", (int) c));
                    }
                    break;
                }
                hash = 31 * hash + c;
                end++;
                if (end - mark > MAX_TOKEN) {
                    throw error("name too long");
                }
            }
            if (end == mark) {
                throw error("a name was expected");
            }
            char first = buf[mark];
            if (first == '-' || first == '.' || first == ':' || Character.isDigit(first)) {
                throw error("a name cannot start with '" + first + "'");
            }
            String name = symbol(buf, mark, end - mark, hash);
            pos = end;
            return name;
        } finally {
            mark = -1;
        }
    }

    /** Characters that end a name: white space, markup, and (an error) other control characters. */
    private static final boolean[] NAME_ENDS = new boolean[128];

    static {
        for (char c = 0; c < 0x20; c++) {
            NAME_ENDS[c] = true;
        }
        for (char c : " >/=<\"'&?!".toCharArray()) {
            NAME_ENDS[c] = true;
        }
    }

    /** The string of these characters, the same instance for the same name again and again. */
    private String symbol(char[] chars, int start, int length, int hash) {
        if (length > 32) {
            return new String(chars, start, length);
        }
        int slot = (hash ^ hash >>> 16) & symbols.length - 1;
        String known = symbols[slot];
        if (known != null && known.length() == length) {
            int i = 0;
            while (i < length && known.charAt(i) == chars[start + i]) {
                i++;
            }
            if (i == length) {
                return known;
            }
        }
        String symbol = new String(chars, start, length);
        symbols[slot] = symbol;
        return symbol;
    }

    private boolean skipWhitespace() throws IOException {
        boolean skipped = false;
        while (true) {
            int c = peek();
            if (c < 0 || !isWhitespace((char) c)) {
                return skipped;
            }
            pos++;
            skipped = true;
        }
    }

    private void skipPast(String end) throws IOException, SAXException {
        while (true) {
            int c = peek();
            if (c < 0) {
                throw error("'" + end + "' expected");
            }
            if (c == end.charAt(0) && startsWith(end)) {
                pos += end.length();
                return;
            }
            pos++;
        }
    }

    private boolean startsWith(String s) throws IOException {
        while (limit - pos < s.length()) {
            mark = pos;
            int read = fill();
            mark = -1;
            if (read < 0) {
                return false;
            }
        }
        for (int i = 0; i < s.length(); i++) {
            if (buf[pos + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int peek() throws IOException {
        if (pos == limit && fill() < 0) {
            return -1;
        }
        return buf[pos];
    }

    private int need() throws IOException, SAXException {
        int c = peek();
        if (c < 0) {
            throw error("unexpected end of the document");
        }
        return c;
    }

    /** Reads more characters, keeping those from {@link #mark} (or {@link #pos}) on; -1 at the end. */
    private int fill() throws IOException {
        int keep = mark >= 0 ? mark : pos;
        if (keep > 0) {
            System.arraycopy(buf, keep, buf, 0, limit - keep);
            limit -= keep;
            pos -= keep;
            if (mark >= 0) {
                mark = 0;
            }
        }
        if (limit == buf.length) {
            buf = java.util.Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n > 0) {
            limit += n;
        }
        return n;
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r';
    }

    private SAXException error(String message) {
        return new SAXException("not well-formed XML: " + message);
    }

    /** The attributes of the element being started. */
    private static final class AttributeList implements Attributes {
        private String[] qNames = new String[8];
        private String[] values = new String[8];
        private String[] uris = new String[8];
        private String[] localNames = new String[8];
        private int size;

        void clear() {
            size = 0;
        }

        void add(String qName, String value) {
            if (size == qNames.length) {
                qNames = java.util.Arrays.copyOf(qNames, size * 2);
                values = java.util.Arrays.copyOf(values, size * 2);
                uris = java.util.Arrays.copyOf(uris, size * 2);
                localNames = java.util.Arrays.copyOf(localNames, size * 2);
            }
            qNames[size] = qName;
            values[size] = value;
            size++;
        }

        int index(String qName) {
            for (int i = 0; i < size; i++) {
                if (qNames[i] == qName || qNames[i].equals(qName)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public int getLength() {
            return size;
        }

        @Override
        public String getURI(int index) {
            return index < size ? uris[index] : null;
        }

        @Override
        public String getLocalName(int index) {
            return index < size ? localNames[index] : null;
        }

        @Override
        public String getQName(int index) {
            return index < size ? qNames[index] : null;
        }

        @Override
        public String getType(int index) {
            return index < size ? "CDATA" : null;
        }

        @Override
        public String getValue(int index) {
            return index < size ? values[index] : null;
        }

        @Override
        public int getIndex(String uri, String localName) {
            for (int i = 0; i < size; i++) {
                if (uris[i].equals(uri) && localNames[i].equals(localName)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public int getIndex(String qName) {
            return index(qName);
        }

        @Override
        public String getType(String uri, String localName) {
            return getIndex(uri, localName) >= 0 ? "CDATA" : null;
        }

        @Override
        public String getType(String qName) {
            return index(qName) >= 0 ? "CDATA" : null;
        }

        @Override
        public String getValue(String uri, String localName) {
            int i = getIndex(uri, localName);
            return i < 0 ? null : values[i];
        }

        @Override
        public String getValue(String qName) {
            int i = index(qName);
            return i < 0 ? null : values[i];
        }
    }
}
