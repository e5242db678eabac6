package org.ccbench.todo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ToDoGroupTest {

    @Test
    void eachKindShowsItsFirstItemsInOrderAndCountsTheRest() {
        List<ToDoItem> items = new ArrayList<>();
        items.add(item(ToDoKind.RETURNED_MONTH, "kpi/1/2026-01"));
        for (int i = 1; i <= 5; i++) {
            items.add(item(ToDoKind.OVERDUE_MONTH, "kpi/" + i + "/2026-02"));
        }
        items.add(item(ToDoKind.DISPUTE_ANSWERED, "contracts/1/scorecard?month=2026-01"));
        items.add(item(ToDoKind.DISPUTE_ANSWERED, "contracts/2/scorecard?month=2026-01"));

        List<ToDoGroup> groups = ToDoGroup.of(items, 2);

        assertThat(groups).extracting(ToDoGroup::kind, group -> group.shown().stream().map(ToDoItem::route).toList(),
                        ToDoGroup::more)
                .containsExactly(
                        tuple(ToDoKind.RETURNED_MONTH, List.of("kpi/1/2026-01"), 0),
                        tuple(ToDoKind.OVERDUE_MONTH, List.of("kpi/1/2026-02", "kpi/2/2026-02"), 3),
                        tuple(ToDoKind.DISPUTE_ANSWERED, List.of("contracts/1/scorecard?month=2026-01",
                                "contracts/2/scorecard?month=2026-01"), 0));
        assertThat(groups.stream().mapToInt(group -> group.shown().size() + group.more()).sum())
                .as("every item is shown or counted").isEqualTo(items.size());
    }

    @Test
    void noItemsNoGroupsAndAtLeastOneItemPerKind() {
        assertThat(ToDoGroup.of(List.of(), 3)).isEmpty();
        assertThatThrownBy(() -> ToDoGroup.of(List.of(), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyKindHasAPageThatListsItsItems() {
        assertThat(ToDoKind.values()).allSatisfy(kind -> assertThat(kind.listRoute()).isNotBlank()
                .doesNotStartWith("/"));
    }

    private static ToDoItem item(ToDoKind kind, String route) {
        return ToDoItem.of(kind, route, "unit");
    }
}
