package nl.werkhub.employer;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import nl.werkhub.common.audit.Actor;
import nl.werkhub.common.error.BusinessValidationException;
import nl.werkhub.common.error.ConflictException;
import nl.werkhub.common.error.ResourceNotFoundException;
import nl.werkhub.common.i18n.Text;
import nl.werkhub.common.validation.Postcodes;
import nl.werkhub.common.web.ETags;
import nl.werkhub.common.web.PageRequest;
import nl.werkhub.municipality.Municipality;
import nl.werkhub.municipality.MunicipalityRepository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * Employer rules. Request bodies are validated here (not only in the resource) so that every
 * caller, including the demo-data seeder, gets the same checks.
 */
@ApplicationScoped
public class EmployerService {

    @Inject
    EmployerRepository employers;

    @Inject
    MunicipalityRepository municipalities;

    @Transactional(Transactional.TxType.SUPPORTS)
    public EmployerPage list(EmployerFilter filter, PageRequest page) {
        PanacheQuery<Employer> query = employers.search(filter, page);
        long total = query.count();
        return new EmployerPage(query.list().stream().map(EmployerResponse::of).toList(), page.page(), page.size(),
                total, PageRequest.totalPages(total, page.size()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EmployerResponse get(UUID id) {
        return EmployerResponse.of(find(id));
    }

    @Transactional
    public EmployerResponse create(@NotNull @Valid EmployerRequest request, @NotNull Actor actor) {
        Municipality municipality = municipality(request.municipalityCode());
        if (employers.kvkNumberTaken(request.kvkNumber(), null)) {
            throw duplicateKvk();
        }
        Employer employer = new Employer();
        apply(employer, request, municipality);
        employer.status = EmployerStatus.ACTIVE;
        employer.markCreated(actor);
        employers.persistAndFlush(employer);
        return EmployerResponse.of(employer);
    }

    @Transactional
    public EmployerResponse update(UUID id, String ifMatch, @NotNull @Valid EmployerRequest request,
            @NotNull Actor actor) {
        Employer employer = find(id);
        ETags.require(ifMatch, employer.version);
        if (employer.isArchived()) {
            throw new ConflictException(Text.of("detail.employer.archived"));
        }
        Municipality municipality = municipality(request.municipalityCode());
        if (employers.kvkNumberTaken(request.kvkNumber(), id)) {
            throw duplicateKvk();
        }
        apply(employer, request, municipality);
        employer.markUpdated(actor);
        employers.flush();
        return EmployerResponse.of(employer);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Employer employer = find(id);
        ETags.checkIfPresent(ifMatch, employer.version);
        if (employers.hasVacancies(id)) {
            throw new ConflictException(Text.of("detail.employer.has-vacancies"));
        }
        employers.delete(employer);
        employers.flush();
    }

    @Transactional
    public EmployerResponse archive(UUID id, String ifMatch, @NotNull Actor actor) {
        return changeStatus(id, ifMatch, EmployerStatus.ARCHIVED, actor);
    }

    @Transactional
    public EmployerResponse reactivate(UUID id, String ifMatch, @NotNull Actor actor) {
        return changeStatus(id, ifMatch, EmployerStatus.ACTIVE, actor);
    }

    /** Archive and reactivate are idempotent: asking for the current status changes nothing. */
    private EmployerResponse changeStatus(UUID id, String ifMatch, EmployerStatus target, Actor actor) {
        Employer employer = find(id);
        ETags.checkIfPresent(ifMatch, employer.version);
        if (employer.status != target) {
            employer.status = target;
            employer.markUpdated(actor);
            employers.flush();
        }
        return EmployerResponse.of(employer);
    }

    private Employer find(UUID id) {
        return employers.findByIdOptional(id)
                .orElseThrow(() -> new ResourceNotFoundException(Text.of("detail.employer.not-found", id)));
    }

    private Municipality municipality(String code) {
        return municipalities.findByCode(code).orElseThrow(
                () -> new BusinessValidationException("municipalityCode", Text.of("field.unknown-municipality", code)));
    }

    private static ConflictException duplicateKvk() {
        return new ConflictException(Text.of("detail.employer.duplicate-kvk"));
    }

    /** Explicit field-by-field copy: the request carries no id, status, version or audit data. */
    private static void apply(Employer employer, EmployerRequest request, Municipality municipality) {
        employer.name = request.name();
        employer.kvkNumber = request.kvkNumber();
        employer.sector = request.sector();
        employer.sizeClass = request.sizeClass();
        employer.contactPerson = request.contactPerson();
        employer.phone = request.phone();
        employer.email = request.email();
        employer.postcode = Postcodes.normalise(request.postcode());
        employer.municipality = municipality;
    }
}
