package jp.tsumugi.solver.solve;

import jp.tsumugi.solver.domain.Slot;

import java.util.Comparator;

/** Orders a worker's slots in time, so that sub-pillar moves take runs of consecutive days. */
public class SlotStartComparator implements Comparator<Slot> {
    @Override
    public int compare(Slot a, Slot b) {
        int byStart = Long.compare(a.getStartMinute(), b.getStartMinute());
        return byStart != 0 ? byStart : a.getId().compareTo(b.getId());
    }
}
