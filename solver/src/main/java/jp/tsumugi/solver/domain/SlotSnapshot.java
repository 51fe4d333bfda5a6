package jp.tsumugi.solver.domain;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The slots of a cloned roster ({@link RosterCloner}): what each slot held when the roster was cloned (worker, pin,
 * published worker), turned into {@link Slot} copies only when the list is first read. Timefold clones the working
 * roster at every new best score and drops most of those clones unread when a better one comes; copying the slots
 * right away (one object per slot, tens of thousands on {@code medium}) was about a seventh of the local search's
 * time. The copies are made once, under a lock; then the list behaves as the {@code ArrayList} it holds (mutable).
 */
final class SlotSnapshot extends AbstractList<Slot> implements RandomAccess {
    private final Slot[] originals;
    private final Worker[] workers;
    /** {@code null} when no slot was pinned (the usual case): no array to fill. */
    private final boolean[] pinned;
    /** {@code null} when no slot had a published worker. */
    private final Worker[] publishedWorkers;
    private volatile List<Slot> copies;

    SlotSnapshot(List<Slot> slots) {
        Slot[] from = slots.toArray(new Slot[0]);
        int size = from.length;
        Worker[] assigned = new Worker[size];
        boolean[] pins = null;
        Worker[] published = null;
        for (int i = 0; i < size; i++) {
            Slot slot = from[i];
            assigned[i] = slot.getWorker();
            if (slot.isPinned()) {
                if (pins == null) {
                    pins = new boolean[size];
                }
                pins[i] = true;
            }
            Worker publishedWorker = slot.getPublishedWorker();
            if (publishedWorker != null) {
                if (published == null) {
                    published = new Worker[size];
                }
                published[i] = publishedWorker;
            }
        }
        this.originals = from;
        this.workers = assigned;
        this.pinned = pins;
        this.publishedWorkers = published;
    }

    /** The copies, made on the first call. */
    private List<Slot> copies() {
        List<Slot> result = copies;
        if (result == null) {
            synchronized (this) {
                result = copies;
                if (result == null) {
                    result = new ArrayList<>(originals.length);
                    for (int i = 0; i < originals.length; i++) {
                        result.add(originals[i].copy(workers[i], pinned != null && pinned[i],
                                publishedWorkers == null ? null : publishedWorkers[i]));
                    }
                    copies = result;
                }
            }
        }
        return result;
    }

    /** The copies' array copy (the constructor reads a cloned roster's slots this way when that roster is cloned). */
    @Override
    public Object[] toArray() {
        return copies().toArray();
    }

    @Override
    public <T> T[] toArray(T[] array) {
        return copies().toArray(array);
    }

    @Override
    public int size() {
        List<Slot> made = copies;
        return made == null ? originals.length : made.size();
    }

    @Override
    public Slot get(int index) {
        return copies().get(index);
    }

    @Override
    public Slot set(int index, Slot slot) {
        return copies().set(index, slot);
    }

    @Override
    public void add(int index, Slot slot) {
        modCount++;
        copies().add(index, slot);
    }

    @Override
    public Slot remove(int index) {
        modCount++;
        return copies().remove(index);
    }
}
