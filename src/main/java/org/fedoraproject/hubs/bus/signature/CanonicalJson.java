package org.fedoraproject.hubs.bus.signature;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The JSON text fedmsg signs: what Python prints for
 * {@code json.dumps(obj, sort_keys=True, separators=(',', ':'), ensure_ascii=True)}, byte for byte.
 *
 * <p>A signature covers these exact bytes, so every difference from Python matters: keys sorted by
 * Unicode code point (not by UTF-16 unit, which orders characters above U+FFFF differently), no
 * spaces, everything outside printable ASCII escaped as lower-case {@code \}{@code uXXXX} (surrogate
 * pairs above U+FFFF), {@code /} left alone, and numbers as Python prints them: integers as digits,
 * floats with {@code repr} (shortest round-trip digits, {@code 1504643064.0}, {@code 1e-05},
 * {@code 1.5e+16}).
 *
 * <p>Python decides int versus float by the JSON text (a fraction or an exponent makes a float);
 * JSON-P keeps only a {@link BigDecimal}, whose scale is non-zero exactly when the text had a
 * fraction, unless an exponent cancelled it. So {@code 1.5e1}, {@code 1E0} and a negative zero
 * come out as Python would not print them; Python's {@code json.dumps} never writes the first two,
 * and none occurs in the signed corpus.
 */
public final class CanonicalJson {

    /** Python compares str by code point; String.compareTo compares UTF-16 units. */
    private static final Comparator<String> CODE_POINT_ORDER = CanonicalJson::compareByCodePoint;

    private static final char[] HEX_DIGITS = "0123456789abcdef".toCharArray();

    /** The last precision that can be needed: 17 significant digits identify every double. */
    private static final int MAX_DOUBLE_DIGITS = 17;

    private CanonicalJson() {
    }

    public static String serialize(JsonValue value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    /** The bytes a fedmsg signature is computed over (all ASCII, since everything else is escaped). */
    public static byte[] utf8Bytes(JsonValue value) {
        return serialize(value).getBytes(StandardCharsets.UTF_8);
    }

    private static void write(JsonValue value, StringBuilder out) {
        switch (value.getValueType()) {
            case OBJECT -> writeObject(value.asJsonObject(), out);
            case ARRAY -> writeArray(value.asJsonArray(), out);
            case STRING -> writeString(((JsonString) value).getString(), out);
            case NUMBER -> writeNumber((JsonNumber) value, out);
            case TRUE -> out.append("true");
            case FALSE -> out.append("false");
            case NULL -> out.append("null");
        }
    }

    private static void writeObject(JsonObject object, StringBuilder out) {
        List<String> keys = new ArrayList<>(object.keySet());
        keys.sort(CODE_POINT_ORDER);
        out.append('{');
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            writeString(keys.get(i), out);
            out.append(':');
            write(object.get(keys.get(i)), out);
        }
        out.append('}');
    }

    private static void writeArray(JsonArray array, StringBuilder out) {
        out.append('[');
        for (int i = 0; i < array.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            write(array.get(i), out);
        }
        out.append(']');
    }

    /** Python's {@code encode_basestring_ascii}: each UTF-16 unit outside ' '..'~' becomes an escape. */
    private static void writeString(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c >= ' ' && c <= '~') {
                        out.append(c);
                    } else {
                        out.append("\\u")
                                .append(HEX_DIGITS[(c >> 12) & 0xF])
                                .append(HEX_DIGITS[(c >> 8) & 0xF])
                                .append(HEX_DIGITS[(c >> 4) & 0xF])
                                .append(HEX_DIGITS[c & 0xF]);
                    }
                }
            }
        }
        out.append('"');
    }

    private static void writeNumber(JsonNumber number, StringBuilder out) {
        // JSON-P defines isIntegral() as "scale is zero": the closest it keeps to "the text had
        // neither fraction nor exponent", which is what makes Python read an int.
        if (number.isIntegral()) {
            out.append(number.bigDecimalValue().toPlainString());
        } else {
            out.append(pythonFloatRepr(number.bigDecimalValue().doubleValue()));
        }
    }

    /** Python's {@code repr(float)} (and {@code json.dumps} of a float, which uses it). */
    static String pythonFloatRepr(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        String sign = Double.doubleToRawLongBits(value) < 0 ? "-" : "";
        if (value == 0) {
            return sign + "0.0";
        }
        BigDecimal shortest = shortestRoundTrip(Math.abs(value)).stripTrailingZeros();
        String digits = shortest.unscaledValue().toString();
        // The value is 0.<digits> x 10^decimalPoint, as in the C dtoa Python formats from.
        int decimalPoint = digits.length() - shortest.scale();
        // Python's float_repr_style 'short': scientific notation below 1e-4 and from 1e16 up.
        if (decimalPoint <= -4 || decimalPoint > 16) {
            int exponent = decimalPoint - 1;
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            String exponentDigits = Integer.toString(Math.abs(exponent));
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+")
                    + (exponentDigits.length() < 2 ? "0" : "") + exponentDigits;
        }
        if (decimalPoint <= 0) {
            return sign + "0." + "0".repeat(-decimalPoint) + digits;
        }
        if (decimalPoint >= digits.length()) {
            return sign + digits + "0".repeat(decimalPoint - digits.length()) + ".0";
        }
        return sign + digits.substring(0, decimalPoint) + "." + digits.substring(decimalPoint);
    }

    /**
     * The decimal with the fewest significant digits that reads back as {@code value} (positive,
     * finite), the nearest one if two qualify: what Python's repr prints. Java 17's
     * Double.toString does not always give the shortest, so it cannot be used.
     */
    private static BigDecimal shortestRoundTrip(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int precision = 1; precision < MAX_DOUBLE_DIGITS; precision++) {
            BigDecimal below = exact.round(new MathContext(precision, RoundingMode.FLOOR));
            BigDecimal above = exact.round(new MathContext(precision, RoundingMode.CEILING));
            boolean belowReadsBack = below.doubleValue() == value;
            boolean aboveReadsBack = above.doubleValue() == value;
            if (belowReadsBack && aboveReadsBack) {
                // Both neighbours read back (the value is inside a wide rounding interval): the
                // nearer one, and on a tie the even digit, as the C dtoa does.
                int nearer = exact.subtract(below).compareTo(above.subtract(exact));
                return nearer < 0 ? below : nearer > 0 ? above
                        : exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            }
            if (belowReadsBack) {
                return below;
            }
            if (aboveReadsBack) {
                return above;
            }
        }
        return exact.round(new MathContext(MAX_DOUBLE_DIGITS, RoundingMode.HALF_EVEN));
    }

    private static int compareByCodePoint(String left, String right) {
        int i = 0;
        int j = 0;
        while (i < left.length() && j < right.length()) {
            int leftCodePoint = left.codePointAt(i);
            int rightCodePoint = right.codePointAt(j);
            if (leftCodePoint != rightCodePoint) {
                return Integer.compare(leftCodePoint, rightCodePoint);
            }
            i += Character.charCount(leftCodePoint);
            j += Character.charCount(rightCodePoint);
        }
        return Integer.compare(left.length() - i, right.length() - j);
    }
}
