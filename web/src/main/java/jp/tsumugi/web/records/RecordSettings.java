package jp.tsumugi.web.records;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.tsumugi.web.cooperative.CooperativeOwned;

/**
 * What the cooperative's documents print about the cooperative itself: the インボイス registration number, the
 * consumption tax rate, the address and phone on an invoice, a payment note (bank account, due date). One row per
 * cooperative; none yet means the defaults ({@link #DEFAULT_TAX_PERCENT}, nothing else).
 */
@Entity
@Table(name = "record_settings")
public class RecordSettings extends CooperativeOwned {

    static final int DEFAULT_TAX_PERCENT = 10;

    @Column(name = "invoice_registration_number")
    private String invoiceRegistrationNumber;

    @Column(name = "consumption_tax_percent", nullable = false)
    private int consumptionTaxPercent = DEFAULT_TAX_PERCENT;

    @Column(name = "issuer_address")
    private String issuerAddress;

    @Column(name = "issuer_phone")
    private String issuerPhone;

    @Column(name = "payment_note")
    private String paymentNote;

    @Version
    @Column(nullable = false)
    private long version;

    protected RecordSettings() {
    }

    public RecordSettings(long cooperativeId) {
        super(cooperativeId);
    }

    public String getInvoiceRegistrationNumber() {
        return invoiceRegistrationNumber;
    }

    public void setInvoiceRegistrationNumber(String invoiceRegistrationNumber) {
        this.invoiceRegistrationNumber = invoiceRegistrationNumber;
    }

    public int getConsumptionTaxPercent() {
        return consumptionTaxPercent;
    }

    public void setConsumptionTaxPercent(int consumptionTaxPercent) {
        this.consumptionTaxPercent = consumptionTaxPercent;
    }

    public String getIssuerAddress() {
        return issuerAddress;
    }

    public void setIssuerAddress(String issuerAddress) {
        this.issuerAddress = issuerAddress;
    }

    public String getIssuerPhone() {
        return issuerPhone;
    }

    public void setIssuerPhone(String issuerPhone) {
        this.issuerPhone = issuerPhone;
    }

    public String getPaymentNote() {
        return paymentNote;
    }

    public void setPaymentNote(String paymentNote) {
        this.paymentNote = paymentNote;
    }

    public long getVersion() {
        return version;
    }
}
