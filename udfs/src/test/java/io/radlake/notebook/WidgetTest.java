package io.radlake.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WidgetTest {

    @Test
    void readsNameAndDefaultOfEachWidgetType() {
        assertThat(Widget.parse("CREATE WIDGET TEXT eval_run DEFAULT ''")).contains(new Widget("eval_run", ""));
        assertThat(Widget.parse("-- pick one\ncreate widget dropdown split DEFAULT \"test\" CHOICES SELECT 'test'"))
                .contains(new Widget("split", "test"));
        assertThat(Widget.parse("CREATE WIDGET COMBOBOX `top` DEFAULT 'it\\'s'")).contains(new Widget("top", "it's"));
    }

    @Test
    void otherStatementsAreNotWidgets() {
        assertThat(Widget.parse("SELECT 'CREATE WIDGET TEXT a DEFAULT 1'")).isEmpty();
        assertThat(Widget.isWidgetStatement("SELECT 1")).isFalse();
        assertThat(Widget.isWidgetStatement("REMOVE WIDGET eval_run")).isTrue();
        assertThat(Widget.parse("REMOVE WIDGET eval_run")).isEmpty();
    }

    @Test
    void malformedWidgetsSayWhatIsAllowed() {
        assertThatThrownBy(() -> Widget.parse("CREATE WIDGET TEXT eval_run"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CREATE WIDGET must be CREATE WIDGET TEXT|DROPDOWN|COMBOBOX|MULTISELECT name DEFAULT"
                        + " 'value' [CHOICES ...], got: CREATE WIDGET TEXT eval_run");
    }
}
