package nl.werkhub.employer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import nl.werkhub.common.Sector;
import nl.werkhub.common.audit.AuditedEntity;
import nl.werkhub.municipality.Municipality;

@Entity
@Table(name = "employer")
public class Employer extends AuditedEntity {

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "kvk_number", nullable = false, length = 8)
    public String kvkNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public Sector sector;

    @Enumerated(EnumType.STRING)
    @Column(name = "size_class", nullable = false, length = 10)
    public SizeClass sizeClass;

    @Column(name = "contact_person", length = 200)
    public String contactPerson;

    @Column(length = 30)
    public String phone;

    @Column(length = 254)
    public String email;

    @Column(nullable = false, length = 7)
    public String postcode;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "municipality_code", nullable = false)
    public Municipality municipality;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public EmployerStatus status;

    public boolean isArchived() {
        return status == EmployerStatus.ARCHIVED;
    }
}
