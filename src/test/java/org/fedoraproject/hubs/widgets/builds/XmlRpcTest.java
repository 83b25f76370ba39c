package org.fedoraproject.hubs.widgets.builds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class XmlRpcTest {

    @Test
    void writesKojisListBuildsCallWithKeywordArguments() {
        String call = KojiClient.listBuildsCall("ralph", 10);

        assertThat(call).startsWith("<?xml version=\"1.0\"?>\n<methodCall><methodName>listBuilds</methodName>")
                .contains("<member><name>userID</name><value><string>ralph</string></value></member>")
                .contains("<member><name>order</name><value><string>-build_id</string></value></member>")
                .contains("<member><name>limit</name><value><int>10</int></value></member>")
                .contains("<member><name>__starstar</name><value><boolean>1</boolean></value></member>");
    }

    @Test
    void escapesTextInCalls() {
        assertThat(XmlRpc.call("m", "a<b&c")).contains("<string>a&lt;b&amp;c</string>");
    }

    @Test
    void readsEveryValueTypeKojiAnswers() throws Exception {
        Object value = XmlRpc.answer("""
                <?xml version='1.0'?>
                <methodResponse><params><param><value><array><data>
                  <value><struct>
                    <member><name>build_id</name><value><int>12345</int></value></member>
                    <member><name>big</name><value><i8>4294967296</i8></value></member>
                    <member><name>ts</name><value><double>1359604772.178867</double></value></member>
                    <member><name>nvr</name><value><string>eclipse-ptp-6.0.3-1.fc19</string></value></member>
                    <member><name>bare</name><value>text without a type</value></member>
                    <member><name>epoch</name><value><nil/></value></member>
                    <member><name>ok</name><value><boolean>1</boolean></value></member>
                  </struct></value>
                </data></array></value></param></params></methodResponse>
                """, "Koji");

        assertThat(value).isInstanceOf(List.class);
        Map<?, ?> build = (Map<?, ?>) ((List<?>) value).get(0);
        assertThat(build.get("build_id")).isEqualTo(12345L);
        assertThat(build.get("big")).isEqualTo(4294967296L);
        assertThat(build.get("ts")).isEqualTo(1359604772.178867);
        assertThat(build.get("nvr")).isEqualTo("eclipse-ptp-6.0.3-1.fc19");
        assertThat(build.get("bare")).isEqualTo("text without a type");
        assertThat(build.containsKey("epoch")).isTrue();
        assertThat(build.get("epoch")).isNull();
        assertThat(build.get("ok")).isEqualTo(true);
    }

    @Test
    void aFaultIsAnErrorWithKojisMessage() {
        assertThatThrownBy(() -> XmlRpc.answer("""
                <?xml version='1.0'?>
                <methodResponse><fault><value><struct>
                  <member><name>faultCode</name><value><int>1000</int></value></member>
                  <member><name>faultString</name><value><string>koji.GenericError: No such user: nobody</string></value></member>
                </struct></value></fault></methodResponse>""", "Koji"))
                .isInstanceOf(IOException.class)
                .hasMessage("Koji answered a fault: koji.GenericError: No such user: nobody");
    }

    @Test
    void refusesDoctypesSoNoEntityIsEverExpanded() {
        String externalEntity = """
                <?xml version="1.0"?>
                <!DOCTYPE methodResponse [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <methodResponse><params><param><value><string>&secret;</string></value></param></params></methodResponse>""";
        String billionLaughs = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <methodResponse><params><param><value><string>&lol2;</string></value></param></params></methodResponse>""";

        for (String hostile : List.of(externalEntity, billionLaughs)) {
            assertThatThrownBy(() -> XmlRpc.answer(hostile, "Koji"))
                    .isInstanceOf(IOException.class).hasMessageContaining("DOCTYPE");
        }
    }

    @Test
    void refusesWhatIsNotAnXmlRpcAnswer() {
        for (String answer : Arrays.asList("<html>503</html>", "not xml", "<methodResponse><params/></methodResponse>",
                "<methodResponse><params><param><value><float>1</float></value></param></params></methodResponse>")) {
            assertThatThrownBy(() -> XmlRpc.answer(answer, "Koji")).as(answer).isInstanceOf(IOException.class);
        }
    }
}
